package ai.iiagent.e2e.chat;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.startsWith;

import ai.iiagent.e2e.chat.ChatSse.Event;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Chat tools with the offline model: code_interpreter runs in the session's sandbox between two model turns. */
@QuarkusTest
class ChatToolsTest {

    @Test
    void givenAMessageThatNeedsCode_thenTheToolCallAndItsResultStream_andTheModelAnswersAfterIt() {
        String token = newUser();

        List<Event> events = ChatSse.parse(send(token, Map.of("content", "python: print(6 * 7)")));

        assertThat(events).extracting(ChatToolsTest::label).containsSubsequence("session:created", "content:start",
                "content:delta", "tool_call:start", "tool_call:stop", "tool_result:info", "content:delta",
                "content:stop", "usage:info", "complete:done");
        Event start = first(events, "tool_call");
        assertThat(start.data()).containsEntry("name", "code_interpreter").containsEntry("type", "function");
        Event stop = events.stream().filter(e -> label(e).equals("tool_call:stop")).findFirst().orElseThrow();
        assertThat(stop.get("id")).isEqualTo(start.get("id"));
        assertThat(stop.get("input")).isEqualTo(Map.of("code", "print(6 * 7)"));
        Event result = first(events, "tool_result");
        assertThat(result.data()).containsEntry("tool_call_id", start.get("id")).containsEntry("is_error", false);
        assertThat((String) result.get("output")).isEqualTo("Exit code 0\n42\n");
        String text = String.join("", events.stream().filter(e -> label(e).equals("content:delta"))
                .map(e -> (String) e.get("delta")).toList());
        assertThat(text).startsWith("Let me compute that.").contains("code_interpreter said").contains("42");
        assertThat(events.getLast().get("finish_reason")).isEqualTo("stop");

        String sessionId = (String) events.getFirst().get("session_id");
        JsonPath history = as(token).get("/v1/chat/conversations/" + sessionId).then().statusCode(200).extract().jsonPath();
        assertThat(history.getList("messages.role", String.class)).containsExactly("user", "assistant");
        assertThat(history.getString("messages[1].tool_steps[0].text")).isEqualTo("Let me compute that.");
        assertThat(history.getMap("messages[1].tool_steps[0].tool_calls[0]")).containsEntry("name", "code_interpreter")
                .containsEntry("output", "Exit code 0\n42\n").containsEntry("is_error", false)
                .containsEntry("input", Map.of("code", "print(6 * 7)"));
        assertThat(history.getString("messages[1].content")).startsWith("Done. code_interpreter said");
        List<String> holds = as(token).queryParam("transaction_type", "reservation_hold").get("/v1/credits/history")
                .then().extract().jsonPath().getList("transactions.id", String.class);
        assertThat(holds).hasSize(2); // one reservation per model turn (the sandbox call holds zero and is not listed)

        // The next message replays the tool step: the model sees a valid history with the call answered.
        List<Event> next = ChatSse.parse(send(token, Map.of("content", "thanks", "session_id", sessionId)));
        assertThat(next.getLast().get("finish_reason")).isEqualTo("stop");
        as(token).get("/v1/chat/conversations/" + sessionId).then().statusCode(200)
                .body("messages.role", contains("user", "assistant", "user", "assistant"));
    }

    @Test
    void givenFilesWrittenByOneCall_thenTheNextCallOfTheConversationSeesThem() {
        String token = newUser();
        List<Event> first = ChatSse.parse(send(token, Map.of("content",
                "python: open('numbers.txt', 'w').write('1 2 3')")));
        assertThat((String) first(first, "tool_result").get("output")).isEqualTo("Exit code 0\n");
        String sessionId = (String) first.getFirst().get("session_id");

        List<Event> second = ChatSse.parse(send(token, Map.of("content",
                "python: print(sum(int(n) for n in open('numbers.txt').read().split()))", "session_id", sessionId)));

        assertThat((String) first(second, "tool_result").get("output")).isEqualTo("Exit code 0\n6\n");
    }

    @Test
    void givenTheToolSwitchedOff_thenTheModelIsNotOfferedIt_andAnswersWithoutIt() {
        String token = newUser();

        List<Event> events = ChatSse.parse(send(token, Map.of("content", "python: print(1)",
                "tools", Map.of("code_interpreter", false))));

        assertThat(events).extracting(Event::name).doesNotContain("tool_call", "tool_result");
        assertThat(events.getLast().get("finish_reason")).isEqualTo("stop");
    }

    @Test
    void givenFailingCode_thenTheResultIsAnErrorTheModelReads_andTheAnswerStillCompletes() {
        String token = newUser();

        List<Event> events = ChatSse.parse(send(token, Map.of("content", "python: raise SystemExit(3)")));

        Event result = first(events, "tool_result");
        assertThat(result.get("is_error")).isEqualTo(true);
        assertThat((String) result.get("output")).startsWith("Exit code 3");
        assertThat(events.getLast().get("finish_reason")).isEqualTo("stop");
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
                .body(Map.of("email", "chat-tools-" + UUID.randomUUID() + "@example.org", "password", "correct horse"))
                .when().post("/auth/local/register").then().statusCode(201).extract().path("access_token");
    }

    private static RequestSpecification as(String token) {
        return given().header("Authorization", "Bearer " + token);
    }
}
