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
 * {@code POST .../voice}: a book made without voice-over is read aloud (espeak-ng, offline) by a job into a new
 * version, each page billed; progress of that version in order; bad language and another user refused.
 */
@QuarkusTest
class StorybookVoiceTest {

    private static String newUser() {
        return given().contentType(ContentType.JSON)
                .body(Map.of("email", "story-voice-" + UUID.randomUUID() + "@example.org", "password", "correct horse"))
                .post("/auth/local/register").then().statusCode(201).extract().path("access_token");
    }

    private static RequestSpecification as(String token) {
        return given().header("Authorization", "Bearer " + token);
    }

    private static JsonPath awaitFinished(String token, String id) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 120_000;
        while (System.currentTimeMillis() < deadline) {
            JsonPath progress = as(token).get("/v1/storybooks/" + id + "/progress").then().statusCode(200).extract().jsonPath();
            if (progress.getBoolean("finished")) {
                return progress;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("not finished within 120 s");
    }

    @Test
    void aBookWithoutVoiceOverIsReadAloudIntoANewVersion() throws Exception {
        String token = newUser();
        String session = as(token).contentType(ContentType.JSON).body(Map.of("name", "story session"))
                .post("/v1/sessions").then().statusCode(201).extract().path("id");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("session_id", session);
        body.put("title", "Quiet Hills");
        body.put("scenes", List.of("A quiet hill", "A louder hill", "The loudest hill"));
        body.put("style", "ink");
        String id = as(token).contentType(ContentType.JSON).body(body).post("/v1/storybooks").then().statusCode(202)
                .extract().path("storybook.id");
        awaitFinished(token, id);
        JsonPath first = as(token).get("/v1/storybooks/" + id).then().statusCode(200).extract().jsonPath();
        assertThat(first.getList("pages.audio_asset_id")).containsOnlyNulls();

        JsonPath started = as(token).contentType(ContentType.JSON).body(Map.of("language", "en", "force", false))
                .post("/v1/storybooks/" + id + "/voice").then().statusCode(202).extract().jsonPath();
        String voiced = started.getString("storybook.id");
        assertThat(started.getInt("storybook.version")).isEqualTo(2);
        assertThat(started.getBoolean("storybook.voice_over")).isTrue();
        assertThat(started.getList("page_credits")).hasSize(3);
        JsonPath progress = awaitFinished(token, voiced);
        assertThat(progress.getString("status")).isEqualTo("ready");
        assertThat(progress.getInt("pages_done")).isEqualTo(3);

        JsonPath after = as(token).get("/v1/storybooks/" + voiced).then().statusCode(200).extract().jsonPath();
        assertThat(after.getList("pages.audio_asset_id")).doesNotContainNull();
        assertThat(after.getList("pages.image_asset_id")).isEqualTo(first.getList("pages.image_asset_id"));
        assertThat(as(token).get("/v1/storybooks/" + id).then().extract().jsonPath().getList("pages.audio_asset_id"))
                .as("the first version is unchanged").containsOnlyNulls();

        as(token).contentType(ContentType.JSON).body(Map.of("language", "english please"))
                .post("/v1/storybooks/" + id + "/voice").then().statusCode(400).body("code", equalTo("invalid_storybook_language"));
        as(newUser()).contentType(ContentType.JSON).body(Map.of("language", "en"))
                .post("/v1/storybooks/" + id + "/voice").then().statusCode(404).body("code", equalTo("storybook_not_found"));
    }
}
