package ai.iiagent.e2e.chat;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The history of a published chat without sign-in; private, unpublished, deleted and agent sessions are 404. */
@QuarkusTest
class PublicChatHistoryTest {

    @Test
    void givenAPrivateChat_thenSignedOutReadersGetNotFound_untilItIsPublished_andAgainAfterUnpublishing() {
        String token = newUser();
        List<ChatSse.Event> events = ChatSse.parse(send(token, Map.of("content", "share me")));
        String sessionId = (String) events.getFirst().get("session_id");

        given().get(path(sessionId)).then().statusCode(404).contentType("application/problem+json")
                .body("code", equalTo("session_not_found"));
        as(newUser()).get(path(sessionId)).then().statusCode(404);

        as(token).post("/v1/sessions/" + sessionId + "/publish").then().statusCode(200);
        given().get(path(sessionId)).then().statusCode(200).body("total_count", equalTo(2))
                .body("has_more", equalTo(false)).body("messages.role", contains("user", "assistant"))
                .body("messages[0].content", equalTo("share me"));
        given().queryParam("limit", 1).get(path(sessionId)).then().statusCode(200).body("has_more", equalTo(true))
                .body("messages.role", contains("assistant"));
        given().queryParam("limit", 0).get(path(sessionId)).then().statusCode(400).body("code", equalTo("invalid_limit"));
        given().queryParam("before", UUID.randomUUID()).get(path(sessionId)).then().statusCode(404)
                .body("code", equalTo("chat_message_not_found"));

        as(token).post("/v1/sessions/" + sessionId + "/unpublish").then().statusCode(200);
        given().get(path(sessionId)).then().statusCode(404).body("code", equalTo("session_not_found"));
        as(token).get("/v1/chat/conversations/" + sessionId).then().statusCode(200).body("total_count", equalTo(2));
    }

    @Test
    void givenAPublishedAgentSession_orAnUnknownId_thenThePublicChatRouteIsNotFound() {
        String token = newUser();
        String agentSession = as(token).contentType(ContentType.JSON).body(Map.of("name", "agent work"))
                .post("/v1/sessions").then().statusCode(201).extract().path("id");
        as(token).post("/v1/sessions/" + agentSession + "/publish").then().statusCode(200);

        given().get(path(agentSession)).then().statusCode(404).body("code", equalTo("session_not_found"));
        given().get(path(UUID.randomUUID().toString())).then().statusCode(404);
        given().get(path("not-a-uuid")).then().statusCode(404);
        given().get("/v1/public/sessions/" + agentSession).then().statusCode(200);
    }

    private static String path(String sessionId) {
        return "/v1/public/chat/conversations/" + sessionId;
    }

    private static String send(String token, Map<String, Object> body) {
        return as(token).contentType(ContentType.JSON).accept("text/event-stream").body(body)
                .post("/v1/chat/conversations").then().statusCode(200).extract().asString();
    }

    private static String newUser() {
        return given().contentType(ContentType.JSON)
                .body(Map.of("email", "pub-chat-" + UUID.randomUUID() + "@example.org", "password", "correct horse"))
                .when().post("/auth/local/register").then().statusCode(201).extract().path("access_token");
    }

    private static RequestSpecification as(String token) {
        return given().header("Authorization", "Bearer " + token);
    }
}
