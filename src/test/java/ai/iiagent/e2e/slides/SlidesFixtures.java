package ai.iiagent.e2e.slides;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Accounts, sessions and slides for the slides tests, all through the public API. */
final class SlidesFixtures {

    private SlidesFixtures() {
    }

    static String newUser() {
        return given().contentType(ContentType.JSON)
                .body(Map.of("email", "slides-" + UUID.randomUUID() + "@example.org", "password", "correct horse"))
                .post("/auth/local/register").then().statusCode(201).extract().path("access_token");
    }

    static String newSession(String token) {
        return given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON)
                .body(Map.of("name", "deck session")).post("/v1/sessions").then().statusCode(201).extract().path("id");
    }

    static String page(String text) {
        return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><style>body{margin:0;width:1280px;height:720px;"
                + "font-family:sans-serif}</style></head><body><h1>" + text + "</h1></body></html>";
    }

    static ValidatableResponse write(String token, String session, String deck, Object number, String html) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("presentation_name", deck);
        body.put("slide_number", number);
        body.put("title", "Slide " + number);
        body.put("description", "about " + number);
        body.put("content", html);
        return given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON).queryParam("session_id", session)
                .body(body).post("/v1/slides").then();
    }

    static void deck(String token, String session, String deck, int slides) {
        for (int i = 1; i <= slides; i++) {
            write(token, session, deck, i, page("Slide number " + i + " of " + deck)).statusCode(201);
        }
    }
}
