package ai.iiagent.e2e.realtime;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

/** Accounts, sessions and socket URLs for the realtime tests (all through the public API). */
final class Realtime {

    static final Duration WAIT = Duration.ofSeconds(10);

    private Realtime() {
    }

    static String wsUrl() {
        return "ws://localhost:" + RestAssured.port + "/ws";
    }

    static String socketIoUrl() {
        return "ws://localhost:" + RestAssured.port + "/socket.io/?EIO=4&transport=websocket";
    }

    static String newAccessToken() {
        return given().contentType(ContentType.JSON)
                .body(Map.of("email", "rt-" + UUID.randomUUID() + "@example.org", "password", "correct horse"))
                .when().post("/auth/local/register").then().statusCode(201).extract().path("access_token");
    }

    static String newSession(String token, String name) {
        return given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON)
                .body(Map.of("name", name)).when().post("/v1/sessions").then().statusCode(201).extract().path("id");
    }

    static void publish(String token, String sessionId) {
        given().header("Authorization", "Bearer " + token).when().post("/v1/sessions/" + sessionId + "/publish")
                .then().statusCode(200);
    }

    static Map<String, String> bearer(String token) {
        return Map.of("Authorization", "Bearer " + token);
    }

    /** A connected, authenticated {@code /ws} client. */
    static SocketClient nativeClient(String token) throws InterruptedException {
        SocketClient client = SocketClient.connect(wsUrl(), bearer(token));
        client.await(frame -> type(frame).equals("authenticated"), WAIT);
        return client;
    }

    static void join(SocketClient client, String sessionId, long lastSeq) {
        client.send(Map.of("type", "join_session", "data", sessionId == null ? Map.of("last_seq", lastSeq)
                : Map.of("session_uuid", sessionId, "last_seq", lastSeq)));
    }

    /** A {@code /ws} client joined to the session, its {@code connection.established} already seen. */
    static SocketClient joinedClient(String token, String sessionId) throws InterruptedException {
        SocketClient client = nativeClient(token);
        join(client, sessionId, 0);
        client.await(named("connection.established"), WAIT);
        return client;
    }

    /** A {@code query} whose tool calls are approved without asking. */
    static void autoApprovedQuery(SocketClient client, String text) {
        client.send(Map.of("type", "chat_message", "data", Map.of("content", Map.of("command", "query", "text", text,
                "auto_approve", true))));
    }

    static void command(SocketClient client, String command) {
        client.send(Map.of("type", "chat_message", "data", Map.of("content", Map.of("command", command))));
    }

    static String type(String frame) {
        return SocketClient.parse(frame).path("type").asText();
    }

    /** The envelope of a {@code chat_event} frame on {@code /ws}, or a missing node. */
    static JsonNode event(String frame) {
        return SocketClient.parse(frame).path("data");
    }

    static Predicate<String> named(String name) {
        return frame -> type(frame).equals("chat_event") && event(frame).path("name").asText().equals(name);
    }
}
