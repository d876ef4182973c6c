package ai.iiagent.e2e.realtime;

import static ai.iiagent.e2e.realtime.Realtime.WAIT;
import static ai.iiagent.e2e.realtime.Realtime.event;
import static ai.iiagent.e2e.realtime.Realtime.join;
import static ai.iiagent.e2e.realtime.Realtime.named;
import static ai.iiagent.e2e.realtime.Realtime.nativeClient;
import static ai.iiagent.e2e.realtime.Realtime.newAccessToken;
import static ai.iiagent.e2e.realtime.Realtime.newSession;
import static ai.iiagent.e2e.realtime.Realtime.socketIoUrl;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every session-steering socket command, on {@code /ws} and on {@code /socket.io/}: a stranger who
 * names someone else's session — by {@code session_uuid} from a session of her own, or as a viewer
 * of it (it is public, so only the owner check can refuse her) — is refused with the stable error and
 * leaves nothing in that session's event log, while the owner's same command, on the same session in
 * the same state, succeeds (so the matrix cannot pass by refusing everything).
 */
@QuarkusTest
class SocketOwnershipMatrixTest {

    /** How long a command the server wrongly accepted would need to write its first event. */
    private static final Duration SETTLE = Duration.ofMillis(800);

    enum Transport { NATIVE_WS, SOCKET_IO }

    /** How the stranger addresses the owner's session, and the error that must answer her. */
    enum Stranger {
        NAMES_IT_FROM_HER_OWN_SESSION("session_not_found", "session_not_found"),
        WATCHES_IT_AS_A_VIEWER("auth_error", "auth_error");

        final String errorCode;
        final String code;

        Stranger(String errorCode, String code) {
            this.errorCode = errorCode;
            this.code = code;
        }
    }

    /**
     * One command: how to bring the owner's session into a state where it works, its content (from
     * that state), and the event that shows it worked.
     */
    record Command(String name, Function<String, OwnerState> setUp, Function<OwnerState, Map<String, Object>> content,
                   String succeeded) {

        @Override
        public String toString() {
            return name;
        }
    }

    /** The owner's session ready for a command: its id and what the command needs (a run id, a tool call id). */
    record OwnerState(String sessionId, String runId, String toolCallId) {
    }

    static Stream<Arguments> matrix() {
        List<Command> commands = List.of(
                new Command("query", token -> fresh(token), state -> Map.of("command", "query", "text", "hello there"),
                        "agent.complete"),
                new Command("plan", token -> fresh(token), state -> Map.of("command", "plan", "text",
                        "plan: buy milk, bake bread"), "plan.milestone.generated"),
                new Command("continue_run", token -> pausedOnASelect(token), state -> Map.of("command", "continue_run",
                        "run_id", state.runId(), "confirmed", false), "agent.continue"),
                new Command("cancel", token -> pausedOnASelect(token), state -> Map.of("command", "cancel"),
                        "agent.response.interrupted"),
                new Command("ask_user_select answer", token -> pausedOnASelect(token), state -> Map.of("command",
                        "continue_run", "run_id", state.runId(), "confirmed", true, "user_input",
                        Map.of("selection", "Option B")), "agent.continue"),
                new Command("save_env", token -> pausedOnAnEnvQuestion(token), state -> Map.of("command", "save_env",
                        "tool_call_id", state.toolCallId(), "tool_name", "ask_user_env", "secrets",
                        Map.of("API_TOKEN", "owner-secret")), "agent.status.update"),
                new Command("enhance_prompt", token -> fresh(token), state -> Map.of("command", "enhance_prompt", "text",
                        "make website"), "agent.prompt.generated"),
                new Command("start_fork", token -> aFork(token), state -> Map.of("command", "start_fork", "text",
                        "go on"), "agent.complete"),
                new Command("publish", token -> withAProject(token), state -> Map.of("command", "publish"),
                        "agent.status.update"));
        List<Arguments> cases = new ArrayList<>();
        for (Transport transport : Transport.values()) {
            for (Stranger stranger : Stranger.values()) {
                for (Command command : commands) {
                    cases.add(Arguments.of(transport, stranger, command));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}: {2} by a stranger who {1}")
    @MethodSource("matrix")
    void givenSomeoneElsesSession_whenAStrangerSendsTheCommand_thenRefused_andTheLogUnchanged_whileTheOwnerSucceeds(
            Transport transport, Stranger stranger, Command command) throws Exception {
        String ada = newAccessToken();
        OwnerState state = command.setUp().apply(ada);
        Realtime.publish(ada, state.sessionId()); // public: the session is visible to Eve, only ownership refuses her
        List<String> before = quietLog(ada, state.sessionId());

        String eve = newAccessToken();
        try (Wire wire = Wire.open(transport, eve)) {
            Map<String, Object> content = command.content().apply(state);
            String target;
            if (stranger == Stranger.WATCHES_IT_AS_A_VIEWER) {
                assertThat(wire.join(state.sessionId()).path("is_owner").asBoolean()).isFalse();
                target = null; // the session she is in
            } else {
                wire.join(newSession(eve, "eve's own"));
                target = state.sessionId();
            }
            int mark = wire.seen().size(); // a viewer got the session's history replayed: only what follows counts
            JsonNode refusal = wire.refused(target, content);
            assertThat(refusal.path("error_code").asText()).as("error_code").isEqualTo(stranger.errorCode);
            assertThat(refusal.path("code").asText()).as("code").isEqualTo(stranger.code);
            Thread.sleep(SETTLE.toMillis());
            List<String> seen = wire.seen();
            assertThat(seen.subList(mark, seen.size())).as("nothing of the command reaches anyone").noneMatch(frame ->
                    frame.contains("\"" + command.succeeded() + "\""));
        }
        assertThat(log(ada, state.sessionId())).as("the owner's event log is unchanged").isEqualTo(before);

        try (Wire wire = Wire.open(transport, ada)) {
            assertThat(wire.join(state.sessionId()).path("is_owner").asBoolean()).isTrue();
            wire.send(null, command.content().apply(state));
            JsonNode done = wire.awaitEvent(command.succeeded(), Duration.ofSeconds(20));
            assertThat(done.path("session_id").asText()).isEqualTo(state.sessionId());
        }
        assertThat(log(ada, state.sessionId())).as("the owner's command wrote to the log").hasSizeGreaterThan(before.size())
                .contains(command.succeeded());
    }

    // --- the owner's session in the state each command needs (set up over /ws)

    private static OwnerState fresh(String token) {
        return new OwnerState(newSession(token, "ada's"), null, null);
    }

    private static OwnerState pausedOnASelect(String token) {
        return paused(token, "please choose a colour", "ask_user_select");
    }

    private static OwnerState pausedOnAnEnvQuestion(String token) {
        return paused(token, "this needs env API_TOKEN, then run: echo done", "ask_user_env");
    }

    private static OwnerState paused(String token, String text, String tool) {
        String id = newSession(token, "ada's paused");
        try (SocketClient client = nativeClient(token)) {
            join(client, id, 0);
            client.await(named("connection.established"), WAIT);
            client.send(Map.of("type", "chat_message", "data", Map.of("content", Map.of("command", "query", "text", text))));
            JsonNode paused = event(client.await(named("agent.tool.confirmation"), WAIT));
            JsonNode asked = paused.path("content").path("tools").get(0);
            assertThat(asked.path("tool_name").asText()).isEqualTo(tool);
            return new OwnerState(id, paused.path("run_id").asText(), asked.path("tool_call_id").asText());
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    // A website_build run (offline model) that scaffolds the static template: the session has a project to publish.
    private static OwnerState withAProject(String token) {
        String id = newSession(token, "ada's site");
        try (SocketClient client = nativeClient(token)) {
            join(client, id, 0);
            client.await(named("connection.established"), WAIT);
            client.send(Map.of("type", "chat_message", "data", Map.of("content", Map.of("command", "query", "text",
                    "build static: site", "agent_type", "website_build", "auto_approve", true))));
            client.await(named("agent.complete"), Duration.ofSeconds(120));
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        return new OwnerState(id, null, null);
    }

    private static OwnerState aFork(String token) {
        String parent = newSession(token, "ada's parent");
        try (SocketClient client = nativeClient(token)) {
            join(client, parent, 0);
            client.await(named("connection.established"), WAIT);
            client.send(Map.of("type", "chat_message", "data", Map.of("content", Map.of("command", "query", "text",
                    "hello parent"))));
            client.await(named("agent.stream.complete"), WAIT);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        String child = given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON)
                .body(Map.of("fork_type", "continue", "context", Map.of("attachments", List.of(),
                        "additional_instruction", "Keep it short.")))
                .post("/v1/sessions/" + parent + "/fork").then().statusCode(201).extract().path("session_id");
        return new OwnerState(child, null, null);
    }

    // --- the session's event log, read over REST as its owner

    /** The names of the session's events, then the status of its latest run (a run refused half-way leaves one). */
    private static List<String> log(String token, String sessionId) {
        var page = given().header("Authorization", "Bearer " + token).get("/v1/sessions/" + sessionId + "/events")
                .then().statusCode(200).extract().jsonPath();
        List<String> log = new ArrayList<>(page.getList("events.name", String.class));
        log.add("run_status=" + page.getString("run_status"));
        return log;
    }

    /** The log once the owner's set-up run has written its last event (a pause ends with a few trailing ones). */
    private static List<String> quietLog(String token, String sessionId) throws InterruptedException {
        List<String> last = log(token, sessionId);
        for (int i = 0; i < 20; i++) {
            Thread.sleep(300);
            List<String> now = log(token, sessionId);
            if (now.equals(last)) {
                return now;
            }
            last = now;
        }
        throw new AssertionError("the owner's session never went quiet: " + last);
    }

    /** One socket of either endpoint, speaking its framing. */
    private abstract static class Wire implements AutoCloseable {

        final SocketClient client;
        /** Every frame received, in order. */
        final List<String> passed = new ArrayList<>();
        /** Frames received while waiting for another (an event may come before the ack): still to be matched. */
        private final List<String> unmatched = new ArrayList<>();

        Wire(SocketClient client) {
            this.client = client;
        }

        static Wire open(Transport transport, String token) throws InterruptedException {
            return transport == Transport.NATIVE_WS ? new NativeWire(nativeClient(token)) : SocketIoWire.connect(token);
        }

        /** Joins and returns {@code connection.established}'s content. */
        abstract JsonNode join(String sessionId) throws InterruptedException;

        abstract void send(String sessionUuid, Map<String, Object> content) throws InterruptedException;

        /** Sends the command and returns the {@code system.error} content (or the failed ack) that refused it. */
        abstract JsonNode refused(String sessionUuid, Map<String, Object> content) throws InterruptedException;

        /** The envelope of the next event with that name. */
        abstract JsonNode awaitEvent(String name, Duration timeout) throws InterruptedException;

        /** Every frame this socket received. */
        List<String> seen() {
            List<String> more = client.drain();
            passed.addAll(more);
            unmatched.addAll(more);
            return passed;
        }

        String await(java.util.function.Predicate<String> match, Duration timeout) throws InterruptedException {
            for (String earlier : unmatched) {
                if (match.test(earlier)) {
                    unmatched.remove(earlier);
                    return earlier;
                }
            }
            return client.await(frame -> {
                passed.add(frame);
                if (match.test(frame)) {
                    return true;
                }
                unmatched.add(frame);
                return false;
            }, timeout);
        }

        @Override
        public void close() {
            client.close();
        }
    }

    private static final class NativeWire extends Wire {

        NativeWire(SocketClient client) {
            super(client);
        }

        @Override
        JsonNode join(String sessionId) throws InterruptedException {
            Realtime.join(client, sessionId, 0);
            return event(await(named("connection.established"), WAIT)).path("content");
        }

        @Override
        void send(String sessionUuid, Map<String, Object> content) {
            Map<String, Object> data = new LinkedHashMap<>();
            if (sessionUuid != null) {
                data.put("session_uuid", sessionUuid);
            }
            data.put("content", content);
            client.send(Map.of("type", "chat_message", "data", data));
        }

        @Override
        JsonNode refused(String sessionUuid, Map<String, Object> content) throws InterruptedException {
            send(sessionUuid, content);
            return event(await(named("system.error"), WAIT)).path("content");
        }

        @Override
        JsonNode awaitEvent(String name, Duration timeout) throws InterruptedException {
            return event(await(named(name), timeout));
        }
    }

    private static final class SocketIoWire extends Wire {

        private final AtomicInteger acks = new AtomicInteger(1);

        SocketIoWire(SocketClient client) {
            super(client);
        }

        static SocketIoWire connect(String token) throws InterruptedException {
            SocketClient client = SocketClient.connect(socketIoUrl(), Map.of()).answeringEnginePings();
            assertThat(client.next(WAIT)).startsWith("0{");
            client.send("40{\"token\":\"" + token + "\"}");
            assertThat(client.next(WAIT)).startsWith("40{");
            return new SocketIoWire(client);
        }

        @Override
        JsonNode join(String sessionId) throws InterruptedException {
            JsonNode ack = ack("join_session", Map.of("session_uuid", sessionId));
            assertThat(ack.path("ok").asBoolean()).as("join: %s", ack).isTrue();
            return awaitEvent("connection.established", WAIT).path("content");
        }

        @Override
        void send(String sessionUuid, Map<String, Object> content) throws InterruptedException {
            JsonNode ack = ack("chat_message", payload(sessionUuid, content));
            assertThat(ack.path("ok").asBoolean()).as("the owner's command: %s", ack).isTrue();
        }

        @Override
        JsonNode refused(String sessionUuid, Map<String, Object> content) throws InterruptedException {
            JsonNode ack = ack("chat_message", payload(sessionUuid, content));
            assertThat(ack.path("ok").asBoolean()).as("the stranger's command: %s", ack).isFalse();
            return ack;
        }

        @Override
        JsonNode awaitEvent(String name, Duration timeout) throws InterruptedException {
            String frame = await(candidate -> candidate.startsWith("42[\"chat_event\"")
                    && envelope(candidate).path("name").asText().equals(name), timeout);
            return envelope(frame);
        }

        private static Map<String, Object> payload(String sessionUuid, Map<String, Object> content) {
            Map<String, Object> payload = new LinkedHashMap<>();
            if (sessionUuid != null) {
                payload.put("session_uuid", sessionUuid);
            }
            payload.put("content", content);
            return payload;
        }

        private JsonNode ack(String event, Map<String, Object> payload) throws InterruptedException {
            int ackId = acks.incrementAndGet();
            client.send("42" + ackId + SocketClient.JSON.valueToTree(List.of(event, payload)));
            String ack = await(frame -> frame.startsWith("43" + ackId + "["), WAIT);
            return SocketClient.parse(ack.substring(2 + String.valueOf(ackId).length())).get(0);
        }

        private static JsonNode envelope(String frame) {
            return SocketClient.parse(frame.substring(2)).get(1);
        }
    }
}
