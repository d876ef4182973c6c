package ai.iiagent.e2e.realtime;

import static ai.iiagent.e2e.realtime.Realtime.newAccessToken;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * Issue 18's chat media modes over the chat API: a chat answer on an OpenAI-compatible server
 * (WireMock serving recorded streams) makes a clip from a media template, extends it from its last
 * frame, joins both, takes two stills out of the joined clip and speaks a voice-over — all on the
 * offline generators and the host's ffmpeg in the chat session's sandbox. The files are real
 * MP4/PNG/MP3 files among the session's files (measured with ffprobe) and each tool's price is in
 * the session's usage.
 */
@QuarkusTest
@WithTestResource(OpenAiStandIn.class)
class ChatMediaModesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final double CREDITS_PER_USD = 100 / 1.5;

    @Test
    void givenAChatMediaTurn_thenClipExtensionJoinStillsAndSpeechAreFilesOfTheSession_eachBilled() throws Exception {
        String marker = "make me a paper boat clip " + UUID.randomUUID();
        StubMapping answer = OpenAiStandIn.server.stubFor(post(urlEqualTo("/v1/chat/completions")).atPriority(1)
                .withRequestBody(containing(marker))
                .withRequestBody(matchingJsonPath("$.messages[?(@.role == 'tool')]"))
                .willReturn(sse("chat-media-modes-answer.sse")));
        StubMapping call = OpenAiStandIn.server.stubFor(post(urlEqualTo("/v1/chat/completions")).atPriority(2)
                .withRequestBody(containing(marker))
                .withRequestBody(matchingJsonPath("$.tools[?(@.function.name == 'generate_video')]"))
                .withRequestBody(matchingJsonPath("$.tools[?(@.function.name == 'generate_speech')]"))
                .withRequestBody(matchingJsonPath("$.tools[?(@.function.name == 'concatenate_videos')]"))
                .withRequestBody(matchingJsonPath("$.tools[?(@.function.name == 'extract_frames')]"))
                .willReturn(sse("chat-media-modes-call.sse")));
        try {
            String token = newAccessToken();

            String body = given().header("Authorization", "Bearer " + token).contentType("application/json")
                    .accept("text/event-stream").body(Map.of("content", marker))
                    .post("/v1/chat/conversations").then().statusCode(200).extract().asString();
            List<JsonNode> events = events(body);

            List<JsonNode> results = named(events, "tool_result");
            assertThat(results).as(body).hasSize(5);
            for (JsonNode result : results) {
                assertThat(result.path("is_error").asBoolean()).as(result.toString()).isFalse();
            }
            assertThat(results.get(0).path("output").asText()).contains("Generated a 2 s 640x360 video");
            assertThat(results.get(2).path("output").asText()).contains("Joined 2 clips");
            assertThat(named(events, "complete").getFirst().path("finish_reason").asText()).isEqualTo("stop");

            String session = sessionIdOf(body);
            JsonPath files = given().header("Authorization", "Bearer " + token).get("/v1/sessions/" + session + "/files")
                    .then().statusCode(200).extract().jsonPath();
            List<String> names = files.getList("name", String.class);
            assertThat(names).containsExactlyInAnyOrder("boat.mp4", "boat-2.mp4", "boat-full.mp4", "frame_01.png",
                    "frame_02.png", "boat.mp3");
            byte[] joined = download(token, files, "boat-full.mp4");
            assertThat(ffprobe(joined, "stream=width,height")).isEqualTo("640,360");
            assertThat(Double.parseDouble(ffprobe(joined, "format=duration"))).isBetween(2.8, 3.3);
            assertThat(Integer.parseInt(ffprobe(joined, "stream=nb_frames"))).isBetween(70, 74);
            assertThat(Double.parseDouble(ffprobe(download(token, files, "boat-2.mp4"), "format=duration")))
                    .isBetween(0.9, 1.2);
            var still = ImageIO.read(new ByteArrayInputStream(download(token, files, "frame_02.png")));
            assertThat(still.getWidth()).isEqualTo(640);
            assertThat(still.getHeight()).isEqualTo(360);
            assertThat(Double.parseDouble(ffprobe(download(token, files, "boat.mp3"), "format=duration")))
                    .isGreaterThan(0.5);

            // the media library lists them as generated, with what made them
            JsonPath library = given().header("Authorization", "Bearer " + token).queryParam("limit", 100)
                    .get("/v1/assets/media-library").then().statusCode(200).extract().jsonPath();
            assertThat(library.getList("items.source", String.class)).hasSize(6).containsOnly("generated");
            Map<String, Object> voice = library.getMap("items.find { it.name == 'boat.mp3' }");
            assertThat(voice).containsEntry("tool_name", "generate_speech").containsEntry("model", "espeak-ng")
                    .containsEntry("prompt", "A paper boat sets sail.");
            Map<String, Object> boat = library.getMap("items.find { it.name == 'boat.mp4' }");
            assertThat(boat).containsEntry("tool_name", "generate_video").containsEntry("model", "offline-video")
                    .containsEntry("provider", "offline");
            assertThat((String) boat.get("prompt")).startsWith("Smooth drone fly-over of a paper boat on a pond");
            assertThat(library.getString("items.find { it.name == 'boat-full.mp4' }.tool_name"))
                    .isEqualTo("concatenate_videos");

            JsonPath usage = given().header("Authorization", "Bearer " + token).queryParam("per_page", 100)
                    .get("/v1/credits/usage/" + session).then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> items = usage.getList("items");
            // net of holds and releases: 3 s of offline video, one join, one extraction, 23 characters of speech
            assertThat(net(items, "generate_video")).as(items.toString()).isCloseTo(-0.003 * CREDITS_PER_USD, within(1e-5));
            assertThat(net(items, "concatenate_videos")).as(items.toString()).isCloseTo(-0.001 * CREDITS_PER_USD, within(1e-5));
            assertThat(net(items, "extract_frames")).as(items.toString()).isCloseTo(-0.001 * CREDITS_PER_USD, within(1e-5));
            assertThat(net(items, "generate_speech")).as(items.toString())
                    .isCloseTo(-0.000023 * CREDITS_PER_USD, within(1e-5));

            String stranger = newAccessToken();
            given().header("Authorization", "Bearer " + stranger).get("/v1/assets/" + idOf(files, "boat-full.mp4")
                    + "/download").then().statusCode(404);
        } finally {
            OpenAiStandIn.server.removeStub(answer);
            OpenAiStandIn.server.removeStub(call);
        }
    }

    private static double net(List<Map<String, Object>> items, String tool) {
        return items.stream().filter(item -> tool.equals(item.get("tool_name")))
                .mapToDouble(item -> ((Number) item.get("amount")).doubleValue()).sum();
    }

    private static String idOf(JsonPath files, String name) {
        return files.getString("find { it.name == '" + name + "' }.id");
    }

    private static byte[] download(String token, JsonPath files, String name) {
        return given().header("Authorization", "Bearer " + token).get("/v1/assets/" + idOf(files, name) + "/download")
                .then().statusCode(200).extract().asByteArray();
    }

    private static String ffprobe(byte[] media, String entries) throws IOException, InterruptedException {
        Path file = Files.createTempFile("chat-media-", ".bin");
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

    private static String sessionIdOf(String sse) {
        String line = sse.lines().filter(l -> l.startsWith("data:") && l.contains("\"session_id\"")).findFirst()
                .orElseThrow(() -> new AssertionError("no session_id in " + sse));
        try {
            return JSON.readTree(line.substring(5)).path("session_id").asText();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<JsonNode> named(List<JsonNode> events, String name) {
        return events.stream().filter(event -> event.path("event").asText().equals(name)).map(e -> e.path("data")).toList();
    }

    private static List<JsonNode> events(String body) throws IOException {
        List<JsonNode> events = new ArrayList<>();
        String name = null;
        for (String line : (body + "\n\n").lines().toList()) {
            if (line.startsWith("event:")) {
                name = line.substring(6).strip();
            } else if (line.startsWith("data:") && name != null) {
                events.add(JSON.createObjectNode().put("event", name).set("data", JSON.readTree(line.substring(5))));
                name = null;
            }
        }
        return events;
    }

    private static ResponseDefinitionBuilder sse(String name) {
        try (InputStream in = ChatMediaModesTest.class.getResourceAsStream("/transcripts/openai-chat/" + name)) {
            return aResponse().withStatus(200).withHeader("content-type", "text/event-stream")
                    .withBody(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
