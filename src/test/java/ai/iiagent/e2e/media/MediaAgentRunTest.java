package ai.iiagent.e2e.media;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.iiagent.e2e.realtime.MediaSocket;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * Issue 18's end-to-end case: a {@code media} agent run on the offline model generates an image and a
 * video (offline generators, real ffmpeg); both download as real PNG / MP4 files of the asked shape
 * and length, are among the session's files, and their costs are in the session's usage.
 */
@QuarkusTest
class MediaAgentRunTest {

    @Test
    void givenAMediaRun_thenARealPngAndMp4AreDownloadable_andBothGenerationsAreBilled() throws Exception {
        String token = MediaSocket.newAccessToken();
        String session = MediaSocket.newSession(token, "media");
        List<JsonNode> results = MediaSocket.runQuery(token, session, "media",
                "image: a lighthouse at dusk -> art/lighthouse.png video 2s: waves rolling in -> clips/waves.mp4", 2);

        Map<String, JsonNode> byTool = new HashMap<>();
        results.forEach(result -> byTool.put(result.path("tool_name").asText(), result));
        assertThat(byTool).containsOnlyKeys("generate_image", "generate_video");
        JsonNode image = byTool.get("generate_image").path("result");
        assertThat(byTool.get("generate_image").path("is_error").asBoolean()).as(image.toString()).isFalse();
        assertThat(image.path("model").asText()).isEqualTo("offline-image");
        assertThat(image.path("offline").asBoolean()).isTrue();
        JsonNode video = byTool.get("generate_video").path("result");
        assertThat(byTool.get("generate_video").path("is_error").asBoolean()).as(video.toString()).isFalse();

        byte[] png = download(token, image.path("files").get(0).path("id").asText());
        assertThat(Arrays.copyOf(png, 8)).isEqualTo(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        var picture = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(picture.getWidth()).isEqualTo(1024);
        assertThat(picture.getHeight()).isEqualTo(1024);

        byte[] mp4 = download(token, video.path("files").get(0).path("id").asText());
        assertThat(new String(Arrays.copyOfRange(mp4, 4, 8), StandardCharsets.US_ASCII)).isEqualTo("ftyp");
        assertThat(ffprobe(mp4, "stream=width,height")).isEqualTo("640,360");
        assertThat(Double.parseDouble(ffprobe(mp4, "format=duration"))).isBetween(1.8, 2.2);

        JsonPath files = given().header("Authorization", "Bearer " + token).get("/v1/sessions/" + session + "/files")
                .then().statusCode(200).extract().jsonPath();
        assertThat(files.getList("name", String.class)).containsExactlyInAnyOrder("lighthouse.png", "waves.mp4");

        JsonPath usage = given().header("Authorization", "Bearer " + token).queryParam("per_page", 100)
                .get("/v1/credits/usage/" + session).then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> items = usage.getList("items");
        // what each generation took from the balance, net of its hold and release: its price at the offline rates
        assertThat(net(items, "generate_image")).as(items.toString()).isCloseTo(-0.001 * 100 / 1.5, within(0.00001));
        assertThat(net(items, "generate_video")).as(items.toString()).isCloseTo(-0.002 * 100 / 1.5, within(0.00001));

        // the asset library lists both as generated, with the prompt and model that made them (issue 18)
        JsonPath library = given().header("Authorization", "Bearer " + token).get("/v1/assets/media-library").then()
                .statusCode(200).extract().jsonPath();
        assertThat(library.getList("items.name", String.class)).containsExactlyInAnyOrder("lighthouse.png", "waves.mp4");
        assertThat(library.getMap("items.find { it.name == 'lighthouse.png' }")).containsEntry("source", "generated")
                .containsEntry("prompt", "a lighthouse at dusk").containsEntry("model", "offline-image")
                .containsEntry("provider", "offline").containsEntry("tool_name", "generate_image");
        assertThat(library.getMap("items.find { it.name == 'waves.mp4' }")).containsEntry("source", "generated")
                .containsEntry("prompt", "waves rolling in").containsEntry("model", "offline-video")
                .containsEntry("tool_name", "generate_video");

        String stranger = MediaSocket.newAccessToken();
        given().header("Authorization", "Bearer " + stranger).get("/v1/assets/media-library").then().statusCode(200)
                .body("total", org.hamcrest.Matchers.equalTo(0));
        given().header("Authorization", "Bearer " + stranger).get("/v1/assets/" + image.path("files").get(0).path("id")
                .asText() + "/download").then().statusCode(404);
    }

    private static double net(List<Map<String, Object>> items, String tool) {
        return items.stream().filter(item -> tool.equals(item.get("tool_name")))
                .mapToDouble(item -> ((Number) item.get("amount")).doubleValue()).sum();
    }

    private static byte[] download(String token, String assetId) {
        return given().header("Authorization", "Bearer " + token).get("/v1/assets/" + assetId + "/download").then()
                .statusCode(200).extract().asByteArray();
    }

    private static String ffprobe(byte[] media, String entries) throws IOException, InterruptedException {
        Path file = Files.createTempFile("media-e2e-", ".mp4");
        try {
            Files.write(file, media);
            Process process = new ProcessBuilder("ffprobe", "-v", "error", "-show_entries", entries, "-of", "csv=p=0",
                    file.toString()).redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
            return out;
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
