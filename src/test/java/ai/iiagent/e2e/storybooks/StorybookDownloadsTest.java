package ai.iiagent.e2e.storybooks;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/**
 * Storybook downloads rendered in headless Chromium: PDF of 8 pages, one-page PDF, one PNG, a ZIP of 8 PNGs, both
 * streams with progress per page in order then the file ({@code png/stream} reachable despite {@code png/{n}}), and
 * 404 to another user on every download route.
 */
@QuarkusTest
class StorybookDownloadsTest {

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G'};

    private static String newUser() {
        return given().contentType(ContentType.JSON)
                .body(Map.of("email", "story-dl-" + UUID.randomUUID() + "@example.org", "password", "correct horse"))
                .post("/auth/local/register").then().statusCode(201).extract().path("access_token");
    }

    private static RequestSpecification as(String token) {
        return given().header("Authorization", "Bearer " + token);
    }

    private static String eightPageBook(String token) throws InterruptedException {
        String session = as(token).contentType(ContentType.JSON).body(Map.of("name", "story session"))
                .post("/v1/sessions").then().statusCode(201).extract().path("id");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("session_id", session);
        body.put("title", "Eight Hills");
        body.put("scenes", IntStream.rangeClosed(1, 8).mapToObj(page -> "Hill number " + page + " at dawn").toList());
        body.put("style", "crayon");
        String id = as(token).contentType(ContentType.JSON).body(body).post("/v1/storybooks").then().statusCode(202)
                .extract().path("storybook.id");
        long deadline = System.currentTimeMillis() + 180_000;
        while (System.currentTimeMillis() < deadline) {
            JsonPath progress = as(token).get("/v1/storybooks/" + id + "/progress").then().statusCode(200).extract().jsonPath();
            if (progress.getBoolean("finished")) {
                assertThat(progress.getString("status")).isEqualTo("ready");
                return id;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the book was not made within 180 s");
    }

    @Test
    void theBookDownloadsAsPdfPngAndZip_andBothStreamsReportEveryPageInOrder() throws Exception {
        String token = newUser();
        String id = eightPageBook(token);

        byte[] pdf = as(token).get("/v1/storybooks/" + id + "/download").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(8);
        }
        byte[] onePage = as(token).get("/v1/storybooks/" + id + "/download/page/2").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(onePage)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
        }
        byte[] png = as(token).get("/v1/storybooks/" + id + "/download/png/3").then().statusCode(200)
                .contentType("image/png").extract().asByteArray();
        assertThat(Arrays.copyOf(png, 4)).isEqualTo(PNG_SIGNATURE);
        byte[] zip = as(token).get("/v1/storybooks/" + id + "/download/png").then().statusCode(200)
                .contentType("application/zip").extract().asByteArray();
        assertThat(zipEntries(zip)).containsExactly("page-001.png", "page-002.png", "page-003.png", "page-004.png",
                "page-005.png", "page-006.png", "page-007.png", "page-008.png");

        for (String route : List.of("/download/stream", "/download/png/stream")) {
            String body = as(token).get("/v1/storybooks/" + id + route).then().statusCode(200)
                    .contentType(org.hamcrest.Matchers.startsWith("text/event-stream")).extract().asString();
            List<Map.Entry<String, JsonNode>> events = StorybookClient.sse(body);
            List<Integer> done = new ArrayList<>();
            events.stream().filter(event -> event.getKey().equals("progress"))
                    .forEach(event -> done.add(event.getValue().path("done").asInt()));
            assertThat(done).as(route).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
            Map.Entry<String, JsonNode> last = events.getLast();
            assertThat(last.getKey()).isEqualTo("complete");
            byte[] file = Base64.getDecoder().decode(last.getValue().path("data").asText());
            if (route.contains("png")) {
                assertThat(last.getValue().path("content_type").asText()).isEqualTo("application/zip");
                assertThat(zipEntries(file)).hasSize(8);
            } else {
                try (PDDocument document = Loader.loadPDF(file)) {
                    assertThat(document.getNumberOfPages()).isEqualTo(8);
                }
            }
        }

        as(token).get("/v1/storybooks/" + id + "/download/png/9").then().statusCode(400)
                .body("code", equalTo("invalid_storybook_page"));
        String intruder = newUser();
        for (String route : List.of("/download", "/download/stream", "/download/page/1", "/download/png", "/download/png/1",
                "/download/png/stream")) {
            as(intruder).get("/v1/storybooks/" + id + route).then().statusCode(404).body("code", equalTo("storybook_not_found"));
        }
    }

    private static List<String> zipEntries(byte[] zip) throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                assertThat(Arrays.copyOf(in.readAllBytes(), 4)).isEqualTo(PNG_SIGNATURE);
                names.add(entry.getName());
            }
        }
        return names;
    }
}
