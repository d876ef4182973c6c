package ai.iiagent.e2e.storybooks;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
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
 * The edit mode: the page proxy under a strict CSP, saving several texts as one version, a new illustration
 * (regenerate, ai-regenerate-image) and a generated background, each a new version sharing the other pages; another
 * user gets 404 on each; bad input refused with its code.
 */
@QuarkusTest
class StorybookEditingTest {

    private static String newUser() {
        return given().contentType(ContentType.JSON)
                .body(Map.of("email", "story-edit-" + UUID.randomUUID() + "@example.org", "password", "correct horse"))
                .post("/auth/local/register").then().statusCode(201).extract().path("access_token");
    }

    private static RequestSpecification as(String token) {
        return given().header("Authorization", "Bearer " + token);
    }

    private static String threePageBook(String token) throws InterruptedException {
        String session = as(token).contentType(ContentType.JSON).body(Map.of("name", "story session"))
                .post("/v1/sessions").then().statusCode(201).extract().path("id");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("session_id", session);
        body.put("title", "Three <Hills>");
        body.put("scenes", List.of("First hill", "Second hill", "Third hill"));
        body.put("style", "pastel");
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
    void eachEditIsANewVersionSharingTheOtherPages_andAnotherUserGets404() throws Exception {
        String token = newUser();
        String id = threePageBook(token);
        JsonPath first = as(token).get("/v1/storybooks/" + id).then().statusCode(200).extract().jsonPath();

        as(token).queryParam("page_number", 2).get("/v1/storybooks/" + id + "/edit/proxy").then().statusCode(200)
                .contentType(containsString("text/html"))
                .header("Content-Security-Policy", containsString("sandbox"))
                .header("Content-Security-Policy", containsString("default-src 'none'"))
                .body(containsString("Second hill")).body(containsString("Three &lt;Hills&gt;"))
                .body(containsString("data:image/png;base64,"));

        JsonPath saved = as(token).contentType(ContentType.JSON).body(Map.of("pages", List.of(
                        Map.of("page_number", 1, "text", "Hill one, rewritten."),
                        Map.of("page_number", 3, "text", "Hill three, rewritten."))))
                .post("/v1/storybooks/" + id + "/edit/save").then().statusCode(201).extract().jsonPath();
        assertThat(saved.getInt("version")).isEqualTo(2);
        assertThat(saved.getList("pages.text")).containsExactly("Hill one, rewritten.", "Once upon a time, Second hill",
                "Hill three, rewritten.");
        assertThat(saved.getString("pages[1].page_id")).isEqualTo(first.getString("pages[1].page_id"));

        String second = saved.getString("id");
        JsonPath regenerated = as(token).post("/v1/storybooks/" + second + "/pages/2/regenerate").then().statusCode(201)
                .extract().jsonPath();
        assertThat(regenerated.getInt("version")).isEqualTo(3);
        assertThat(regenerated.getString("parent_id")).isEqualTo(second);
        assertThat(regenerated.getString("pages[1].image_asset_id")).isNotEqualTo(first.getString("pages[1].image_asset_id"));
        assertThat(regenerated.getString("pages[0].page_id")).isEqualTo(saved.getString("pages[0].page_id"));

        JsonPath prompted = as(token).contentType(ContentType.JSON).body(Map.of("page_number", 3, "prompt", "a hill at night"))
                .post("/v1/storybooks/" + id + "/edit/ai-regenerate-image").then().statusCode(201).extract().jsonPath();
        assertThat(prompted.getInt("version")).isEqualTo(4);
        assertThat(prompted.getString("parent_id")).isEqualTo(id);

        JsonPath background = as(token).contentType(ContentType.JSON).body(Map.of("page_number", 1, "prompt", "soft clouds"))
                .post("/v1/storybooks/" + id + "/edit/ai-generate-background").then().statusCode(201).extract().jsonPath();
        assertThat(background.getInt("version")).isEqualTo(5);
        assertThat(background.getString("pages[0].background_asset_id")).isNotBlank();
        assertThat(background.getString("pages[0].image_asset_id")).isEqualTo(first.getString("pages[0].image_asset_id"));
        as(token).get("/v1/storybooks/" + id + "/versions").then().statusCode(200)
                .body("versions.version", equalTo(List.of(1, 2, 3, 4, 5)));

        as(token).contentType(ContentType.JSON).body(Map.of("pages", List.of()))
                .post("/v1/storybooks/" + id + "/edit/save").then().statusCode(400).body("code", equalTo("invalid_storybook_text"));
        as(token).contentType(ContentType.JSON).body(Map.of("page_number", 1, "prompt", " "))
                .post("/v1/storybooks/" + id + "/edit/ai-generate-background").then().statusCode(400)
                .body("code", equalTo("invalid_storybook_prompt"));
        as(token).post("/v1/storybooks/" + id + "/pages/9/regenerate").then().statusCode(400)
                .body("code", equalTo("invalid_storybook_page"));
        as(token).get("/v1/storybooks/" + id + "/edit/proxy").then().statusCode(400);

        String intruder = newUser();
        as(intruder).queryParam("page_number", 1).get("/v1/storybooks/" + id + "/edit/proxy").then().statusCode(404);
        as(intruder).contentType(ContentType.JSON).body(Map.of("pages", List.of(Map.of("page_number", 1, "text", "x"))))
                .post("/v1/storybooks/" + id + "/edit/save").then().statusCode(404);
        as(intruder).post("/v1/storybooks/" + id + "/pages/1/regenerate").then().statusCode(404);
        as(intruder).contentType(ContentType.JSON).body(Map.of("page_number", 1, "prompt", "x"))
                .post("/v1/storybooks/" + id + "/edit/ai-regenerate-image").then().statusCode(404);
        as(intruder).contentType(ContentType.JSON).body(Map.of("page_number", 1, "prompt", "x"))
                .post("/v1/storybooks/" + id + "/edit/ai-generate-background").then().statusCode(404);
    }
}
