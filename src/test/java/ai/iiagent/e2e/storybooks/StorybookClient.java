package ai.iiagent.e2e.storybooks;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What the storybook API tests do over HTTP again and again: a user, a session, a book, its events. */
final class StorybookClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private StorybookClient() {
    }

    static String newUser() {
        return given().contentType(ContentType.JSON)
                .body(Map.of("email", "storybook-" + UUID.randomUUID() + "@example.org", "password", "correct horse"))
                .post("/auth/local/register").then().statusCode(201).extract().path("access_token");
    }

    static RequestSpecification as(String token) {
        return given().header("Authorization", "Bearer " + token);
    }

    /** Starts a book in a new session of the user's and answers its id (the pages are still being made). */
    static String startBook(String token, String title, List<String> scenes) {
        String session = as(token).contentType(ContentType.JSON).body(Map.of("name", "story session"))
                .post("/v1/sessions").then().statusCode(201).extract().path("id");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("session_id", session);
        body.put("title", title);
        body.put("scenes", scenes);
        body.put("style", "pastel");
        return as(token).contentType(ContentType.JSON).body(body).post("/v1/storybooks").then().statusCode(202)
                .extract().path("storybook.id");
    }

    static void awaitFinished(String token, String id) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 120_000;
        while (System.currentTimeMillis() < deadline) {
            if (as(token).get("/v1/storybooks/" + id + "/progress").then().statusCode(200).extract().jsonPath()
                    .getBoolean("finished")) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the book was not made within 120 s");
    }

    /** A server-sent events body as (event name, JSON data) in order. */
    static List<Map.Entry<String, JsonNode>> sse(String body) throws IOException {
        List<Map.Entry<String, JsonNode>> events = new ArrayList<>();
        for (String block : body.split("\n\n")) {
            String name = null;
            StringBuilder data = new StringBuilder();
            for (String line : block.split("\n")) {
                if (line.startsWith("event:")) {
                    name = line.substring(6).strip();
                } else if (line.startsWith("data:")) {
                    data.append(line.substring(5).strip());
                }
            }
            if (name != null) {
                events.add(Map.entry(name, JSON.readTree(data.toString())));
            }
        }
        return events;
    }
}
