package ai.iiagent.e2e.chat;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import ai.iiagent.domain.credits.BillingSubject;
import ai.iiagent.domain.credits.Credits;
import ai.iiagent.domain.credits.HoldRequest;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.e2e.chat.ChatSse.Event;
import ai.iiagent.port.in.credits.ReserveCreditsCommand;
import ai.iiagent.port.in.credits.ReserveCreditsUseCase;
import jakarta.inject.Inject;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Chat mode end to end with the offline scripted model: streaming, history, billing, stop, ownership. */
@QuarkusTest
class ChatApiTest {

    @TestHTTPResource("/v1/chat/conversations")
    URI chatUri;

    @Inject
    ReserveCreditsUseCase reserve;

    @Test
    void givenAFirstMessage_thenASessionIsCreated_andTheAnswerStreamsInOrder_andIsStored() {
        String token = newUser();

        List<Event> events = ChatSse.parse(send(token, Map.of("content", "hello there")));

        assertThat(events).extracting(ChatApiTest::label).containsSubsequence("session:created", "content:start",
                "content:delta", "content:stop", "usage:info", "complete:done");
        assertThat(events.getFirst().name()).isEqualTo("session");
        assertThat(events.getLast().name()).isEqualTo("complete");
        Event session = events.getFirst();
        assertThat(session.get("agent_type")).isEqualTo("chat");
        assertThat(session.get("name")).isEqualTo("hello there");
        String text = String.join("", events.stream().filter(e -> label(e).equals("content:delta"))
                .map(e -> (String) e.get("delta")).toList());
        assertThat(text).startsWith("Offline demo model here").contains("You said: \"hello there\"");
        Event usage = first(events, "usage");
        assertThat(((Number) usage.get("output_tokens")).longValue()).isPositive();
        Event complete = events.getLast();
        assertThat(complete.get("finish_reason")).isEqualTo("stop");

        String sessionId = (String) session.get("session_id");
        as(token).get("/v1/chat/conversations/" + sessionId).then().statusCode(200)
                .body("total_count", equalTo(2)).body("has_more", equalTo(false))
                .body("messages.role", contains("user", "assistant"))
                .body("messages[0].content", equalTo("hello there"))
                .body("messages[1].id", equalTo(complete.get("message_id")))
                .body("messages[1].content", equalTo(text)).body("messages[1].finish_reason", equalTo("stop"))
                .body("messages[1].usage.output_tokens", equalTo(((Number) usage.get("output_tokens")).intValue()));
        as(token).get("/v1/sessions/" + sessionId).then().statusCode(200).body("agent_type", equalTo("chat"));
    }

    @Test
    void givenASecondMessage_thenItContinuesTheSession_withTheHistory_andEachTurnIsBilled() {
        String token = newUser();
        List<Event> first = ChatSse.parse(send(token, Map.of("content", "first")));
        assertThat(first.getFirst().name()).as("the first turn's events: %s", first).isEqualTo("session");
        String sessionId = (String) first.getFirst().get("session_id");

        List<Event> second = ChatSse.parse(send(token, Map.of("content", "second", "session_id", sessionId)));

        assertThat(second).extracting(Event::name).doesNotContain("session", "error");
        assertThat(second.getLast().get("finish_reason")).isEqualTo("stop");
        as(token).get("/v1/chat/conversations/" + sessionId).then().statusCode(200).body("total_count", equalTo(4))
                .body("messages.content[2]", equalTo("second"))
                .body("messages.role", contains("user", "assistant", "user", "assistant"));
        as(token).queryParam("transaction_type", "reservation_hold").get("/v1/credits/history").then().statusCode(200)
                .body("total", equalTo(2)).body("transactions.session_id", contains(sessionId, sessionId));
    }

    @Test
    void givenASlowAnswer_whenStopped_thenTheTurnCompletesCancelled_andTheAnswerStaysUnfinished() throws Exception {
        String token = newUser();
        HttpRequest request = HttpRequest.newBuilder(chatUri).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").header("Accept", "text/event-stream")
                .POST(HttpRequest.BodyPublishers.ofString("{\"content\":\"answer slowly please\"}")).build();
        List<Event> events = new ArrayList<>();
        Map<String, Object> stopped = new HashMap<>();
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<Stream<String>> response = client.send(request, HttpResponse.BodyHandlers.ofLines());
            assertThat(response.statusCode()).isEqualTo(200);
            ChatSse parser = new ChatSse();
            Iterator<String> lines = response.body().iterator();
            while (lines.hasNext()) {
                Event event = parser.line(lines.next());
                if (event == null) {
                    continue;
                }
                events.add(event);
                if (label(event).equals("content:delta") && stopped.isEmpty()) {
                    stopped.putAll(as(token).post("/v1/chat/conversations/" + events.getFirst().get("session_id")
                            + "/stop").then().statusCode(200).extract().jsonPath().getMap(""));
                }
            }
        }

        assertThat(stopped).containsEntry("success", true);
        Event complete = events.getLast();
        assertThat(complete.name()).isEqualTo("complete");
        assertThat(complete.get("finish_reason")).isEqualTo("cancelled");
        String sessionId = (String) events.getFirst().get("session_id");
        String text = String.join("", events.stream().filter(e -> label(e).equals("content:delta"))
                .map(e -> (String) e.get("delta")).toList());
        as(token).get("/v1/chat/conversations/" + sessionId).then().statusCode(200)
                .body("messages[0].id", equalTo(stopped.get("last_message_id")))
                .body("messages[1].finish_reason", equalTo("cancelled")).body("messages[1].is_finished", equalTo(false))
                .body("messages[1].content", equalTo(text.strip()));
        assertThat(text.length()).isLessThan("This is a deliberately slow answer from the offline demo model. ".length() * 6 - 1);
        as(token).post("/v1/chat/conversations/" + sessionId + "/stop").then().statusCode(200)
                .body("success", equalTo(false));
    }

    @Test
    void givenFourMessages_thenHistoryPagesFromTheNewest_andDeletesFromAMessage_andClears() {
        String token = newUser();
        String sessionId = (String) ChatSse.parse(send(token, Map.of("content", "one"))).getFirst().get("session_id");
        send(token, Map.of("content", "two", "session_id", sessionId));

        List<String> newest = as(token).queryParam("limit", 3).get("/v1/chat/conversations/" + sessionId).then()
                .statusCode(200).body("messages", hasSize(3)).body("has_more", equalTo(true))
                .body("total_count", equalTo(4)).body("messages.role", contains("assistant", "user", "assistant"))
                .extract().path("messages.id");
        as(token).queryParam("limit", 3).queryParam("before", newest.getFirst()).get("/v1/chat/conversations/" + sessionId)
                .then().statusCode(200).body("messages.content", contains("one")).body("has_more", equalTo(false));
        as(token).queryParam("limit", 0).get("/v1/chat/conversations/" + sessionId).then().statusCode(400)
                .body("code", equalTo("invalid_limit"));
        as(token).queryParam("limit", 201).get("/v1/chat/conversations/" + sessionId).then().statusCode(400);

        as(token).delete("/v1/chat/conversations/" + sessionId + "/messages/" + newest.get(1)).then().statusCode(200)
                .body("success", equalTo(true)).body("deleted_count", equalTo(2));
        as(token).get("/v1/chat/conversations/" + sessionId).then().body("messages.content[0]", equalTo("one"))
                .body("total_count", equalTo(2));
        as(token).delete("/v1/chat/conversations/" + sessionId + "/messages/" + newest.get(1)).then().statusCode(404)
                .body("code", equalTo("chat_message_not_found"));

        as(token).delete("/v1/chat/conversations/" + sessionId).then().statusCode(200).body("success", equalTo(true))
                .body("deleted_count", equalTo(2)).body("message", startsWith("Chat history cleared"));
        as(token).get("/v1/chat/conversations/" + sessionId).then().body("total_count", equalTo(0))
                .body("messages", hasSize(0));
    }

    @Test
    void givenAnotherUsersSession_thenEveryChatEndpointAnswersNotFound() {
        String owner = newUser();
        String sessionId = (String) ChatSse.parse(send(owner, Map.of("content", "mine"))).getFirst().get("session_id");
        String stranger = newUser();

        as(stranger).contentType(ContentType.JSON).accept("text/event-stream")
                .body(Map.of("content", "let me in", "session_id", sessionId)).post("/v1/chat/conversations").then()
                .statusCode(404).contentType("application/problem+json").body("code", equalTo("session_not_found"));
        as(stranger).get("/v1/chat/conversations/" + sessionId).then().statusCode(404)
                .body("code", equalTo("session_not_found"));
        as(stranger).post("/v1/chat/conversations/" + sessionId + "/stop").then().statusCode(404);
        as(stranger).delete("/v1/chat/conversations/" + sessionId).then().statusCode(404)
                .body("code", equalTo("session_not_found"));
        as(owner).get("/v1/chat/conversations/" + sessionId).then().statusCode(200).body("total_count", equalTo(2));
    }

    @Test
    void givenAnAgentSession_thenChatTreatsItAsNotFound() {
        String token = newUser();
        String agentSession = as(token).contentType(ContentType.JSON).body(Map.of("name", "agent work"))
                .post("/v1/sessions").then().statusCode(201).extract().path("id");

        as(token).contentType(ContentType.JSON).body(Map.of("content", "hi", "session_id", agentSession))
                .post("/v1/chat/conversations").then().statusCode(404).body("code", equalTo("session_not_found"));
    }

    @Test
    void givenNoCreditsLeft_thenTheTurnAnswersInsufficientCredits_notRetryable_andNothingIsHeld() {
        String token = newUser();
        UserId user = UserId.of(UUID.fromString(as(token).get("/auth/me").then().statusCode(200).extract().path("id")));
        reserve.reserve(new ReserveCreditsCommand(user, BillingSubject.tool(null, UUID.randomUUID(), "drain"),
                "drain-" + UUID.randomUUID(), new HoldRequest.Fixed(Credits.of(300))));

        List<Event> events = ChatSse.parse(send(token, Map.of("content", "hello")));

        assertThat(events).extracting(Event::name).containsExactly("session", "error");
        assertThat(events.getLast().data()).containsEntry("code", "insufficient_credits").containsEntry("retryable", false)
                .containsEntry("status", "error");
        as(token).queryParam("transaction_type", "reservation_hold").get("/v1/credits/history").then()
                .body("total", equalTo(1));
        as(token).get("/v1/chat/conversations/" + events.getFirst().get("session_id")).then()
                .body("messages.role", contains("user"));
    }

    @Test
    void givenEmptyContentOrAnUnknownModel_thenTheRequestIsRejected_beforeAnySessionIsMade() {
        String token = newUser();

        as(token).contentType(ContentType.JSON).body(Map.of("content", "  ")).post("/v1/chat/conversations").then()
                .statusCode(400).body("code", equalTo("empty_content"));
        as(token).contentType(ContentType.JSON).body("{}").post("/v1/chat/conversations").then().statusCode(400);
        as(token).contentType(ContentType.JSON).body(Map.of("content", "hi", "model_id", "no-such-model-" + UUID.randomUUID()))
                .post("/v1/chat/conversations").then().statusCode(400).body("code", equalTo("unknown_model"));
        as(token).get("/v1/sessions").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void givenManyTurnsAtOnce_thenEveryStreamRunsFromItsSessionEventToComplete() throws Exception {
        // Events used to race the SSE response head: a stream could end after its first event.
        String token = newUser();
        int turns = 24;
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(8)) {
            List<java.util.concurrent.Future<List<Event>>> streams = new ArrayList<>();
            for (int i = 0; i < turns; i++) {
                String content = "parallel " + i;
                streams.add(pool.submit(() -> ChatSse.parse(send(token, Map.of("content", content)))));
            }
            for (var stream : streams) {
                List<Event> events = stream.get(60, java.util.concurrent.TimeUnit.SECONDS);
                assertThat(events).extracting(ChatApiTest::label)
                        .startsWith("session:created").endsWith("complete:done").contains("content:stop");
            }
        }
        as(token).get("/v1/sessions").then().statusCode(200).body("total", equalTo(turns));
    }

    private static String send(String token, Map<String, Object> body) {
        return as(token).contentType(ContentType.JSON).accept("text/event-stream").body(body)
                .post("/v1/chat/conversations").then().statusCode(200).contentType(startsWith("text/event-stream"))
                .extract().asString();
    }

    private static Event first(List<Event> events, String name) {
        return events.stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
    }

    private static String label(Event event) {
        return event.name() + ":" + event.get("status");
    }

    private static String newUser() {
        return given().contentType(ContentType.JSON)
                .body(Map.of("email", "chat-" + UUID.randomUUID() + "@example.org", "password", "correct horse"))
                .when().post("/auth/local/register").then().statusCode(201).extract().path("access_token");
    }

    private static RequestSpecification as(String token) {
        return given().header("Authorization", "Bearer " + token);
    }
}
