package ai.iiagent.e2e.storybooks;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * {@code POST .../edit/upload-background}: a real PNG makes a new version whose page has the background and shares
 * the other pages; not-a-picture, a lying content type, too large, no file, a bad page and another user are refused.
 */
@QuarkusTest
class StorybookBackgroundUploadTest {

    private static final byte[] PNG = java.util.Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==");

    private static String newUser() {
        return given().contentType(ContentType.JSON)
                .body(Map.of("email", "story-bg-" + UUID.randomUUID() + "@example.org", "password", "correct horse"))
                .post("/auth/local/register").then().statusCode(201).extract().path("access_token");
    }

    private static RequestSpecification as(String token) {
        return given().header("Authorization", "Bearer " + token);
    }

    private static String twoPageBook(String token) throws InterruptedException {
        String session = as(token).contentType(ContentType.JSON).body(Map.of("name", "story session"))
                .post("/v1/sessions").then().statusCode(201).extract().path("id");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("session_id", session);
        body.put("title", "Two Hills");
        body.put("scenes", List.of("First hill", "Second hill"));
        body.put("style", "ink");
        String id = as(token).contentType(ContentType.JSON).body(body).post("/v1/storybooks").then().statusCode(202)
                .extract().path("storybook.id");
        long deadline = System.currentTimeMillis() + 120_000;
        while (System.currentTimeMillis() < deadline) {
            if (as(token).get("/v1/storybooks/" + id + "/progress").then().statusCode(200).extract().jsonPath()
                    .getBoolean("finished")) {
                return id;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the book was not made within 120 s");
    }

    @Test
    void aPngBackgroundMakesANewVersion_andBadUploadsAreRefusedWithTheirCodes() throws Exception {
        String token = newUser();
        String id = twoPageBook(token);
        String route = "/v1/storybooks/" + id + "/edit/upload-background";
        JsonPath first = as(token).get("/v1/storybooks/" + id).then().statusCode(200).extract().jsonPath();

        JsonPath edited = as(token).multiPart("file", "bg.png", PNG, "image/png").multiPart("page_number", "2")
                .post(route).then().statusCode(201).extract().jsonPath();
        assertThat(edited.getInt("version")).isEqualTo(2);
        assertThat(edited.getString("pages[1].background_asset_id")).isNotBlank();
        assertThat(edited.getString("pages[0].page_id")).isEqualTo(first.getString("pages[0].page_id"));
        assertThat(edited.getString("pages[1].page_id")).isNotEqualTo(first.getString("pages[1].page_id"));
        assertThat(edited.getString("pages[1].text")).isEqualTo(first.getString("pages[1].text"));

        as(token).multiPart("file", "notes.txt", "just text".getBytes(), "text/plain").multiPart("page_number", "1")
                .post(route).then().statusCode(400).body("code", equalTo("invalid_background_type"));
        as(token).multiPart("file", "fake.png", "not a picture at all".getBytes(), "image/png").multiPart("page_number", "1")
                .post(route).then().statusCode(400).body("code", equalTo("invalid_background_type"));
        as(token).multiPart("file", "bg.png", PNG, "image/jpeg").multiPart("page_number", "1")
                .post(route).then().statusCode(400).body("code", equalTo("invalid_background_type"));
        byte[] huge = new byte[5 * 1024 * 1024 + 1];
        System.arraycopy(PNG, 0, huge, 0, PNG.length);
        as(token).multiPart("file", "huge.png", huge, "image/png").multiPart("page_number", "1")
                .post(route).then().statusCode(400).body("code", equalTo("background_too_large"));
        as(token).multiPart("page_number", "1").post(route).then().statusCode(400).body("code", equalTo("background_required"));
        as(token).multiPart("file", "bg.png", PNG, "image/png").multiPart("page_number", "3")
                .post(route).then().statusCode(400).body("code", equalTo("invalid_storybook_page"));
        as(newUser()).multiPart("file", "bg.png", PNG, "image/png").multiPart("page_number", "1")
                .post(route).then().statusCode(404).body("code", equalTo("storybook_not_found"));
    }
}
