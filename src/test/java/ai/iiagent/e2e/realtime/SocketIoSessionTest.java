package ai.iiagent.e2e.realtime;

import static ai.iiagent.e2e.realtime.Realtime.WAIT;
import static ai.iiagent.e2e.realtime.Realtime.newAccessToken;
import static ai.iiagent.e2e.realtime.Realtime.newSession;
import static ai.iiagent.e2e.realtime.Realtime.socketIoUrl;
import static org.assertj.core.api.Assertions.assertThat;

import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.sessions.events.EventName;
import ai.iiagent.domain.shared.JsonObject;
import ai.iiagent.port.in.sessions.PublishSessionEventsCommand;
import ai.iiagent.port.in.sessions.PublishSessionEventsCommand.Outgoing;
import ai.iiagent.port.in.sessions.PublishSessionEventsUseCase;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Resuming and ownership on {@code /socket.io/}, as the original frontend would meet them. */
@QuarkusTest
class SocketIoSessionTest {

    /** Every chat_message command that acts on the session it names, with a payload that is otherwise valid. */
    private static final Map<String, Map<String, Object>> COMMANDS = commands();
    private final AtomicInteger acks = new AtomicInteger(100);
    /** Frames read while waiting for an acknowledgement. */
    private final List<String> passed = new ArrayList<>();

    @Inject
    PublishSessionEventsUseCase events;

    @Test
    void givenStoredEvents_whenJoiningWithLastSeq_thenOnlyLaterOnesArrive_andAReconnectLosesNothing() throws Exception {
        String token = newAccessToken();
        String id = newSession(token, "sio resume");
        publish(id, 5);
        try (SocketClient first = connected(token)) {
            first.send("42[\"join_session\",{\"session_uuid\":\"" + id + "\",\"last_seq\":2}]");
            assertThat(established(first).path("last_seq").asLong()).isEqualTo(2);
            assertThat(seqs(first, 3)).containsExactly(3L, 4L, 5L);
            first.abort(); // a dropped network
        }
        publish(id, 2);
        try (SocketClient second = connected(token)) {
            second.send("42[\"join_session\",{\"session_uuid\":\"" + id + "\",\"last_seq\":5}]");
            assertThat(established(second).path("resync").asBoolean()).isFalse();
            assertThat(seqs(second, 2)).containsExactly(6L, 7L);
            publish(id, 1);
            assertThat(seqs(second, 1)).containsExactly(8L);
            Thread.sleep(200);
            assertThat(second.drain()).noneMatch(frame -> frame.contains("agent.tool.call"));
        }
        try (SocketClient ahead = connected(token)) {
            ahead.send("42[\"join_session\",{\"session_uuid\":\"" + id + "\",\"last_seq\":999}]");
            JsonNode established = established(ahead);
            assertThat(established.path("resync").asBoolean()).isTrue();
            assertThat(seqs(ahead, 8)).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L);
        }
    }

    @Test
    void givenSomeoneElsesSession_whenEveryIdTakingEventNamesIt_thenNotFound_whileTheOwnerSucceeds() throws Exception {
        String ada = newAccessToken();
        String adas = newSession(ada, "ada's");
        publish(adas, 1);
        String eve = newAccessToken();
        try (SocketClient client = connected(eve)) {
            JsonNode join = ack(client, "join_session", Map.of("session_uuid", adas));
            assertThat(join.path("ok").asBoolean()).isFalse();
            assertThat(join.path("code").asText()).as("join_session").isEqualTo("session_not_found");
            client.send("42[\"join_session\",{}]"); // Eve's own new session: the stranger's id must still be refused
            established(client);
            for (Map.Entry<String, Map<String, Object>> command : COMMANDS.entrySet()) {
                Map<String, Object> content = new LinkedHashMap<>(command.getValue());
                content.put("command", command.getKey());
                JsonNode answer = ack(client, "chat_message", Map.of("session_uuid", adas, "content", content));
                assertThat(answer.path("ok").asBoolean()).as(command.getKey()).isFalse();
                assertThat(answer.path("code").asText()).as(command.getKey()).isEqualTo("session_not_found");
            }
            Thread.sleep(300);
            passed.addAll(client.drain());
            assertThat(passed).as("nothing of ada's session reaches eve")
                    .noneMatch(frame -> frame.contains("agent.tool.call") || frame.contains("connection.workspace_info"));
        }
        try (SocketClient owner = connected(ada)) {
            JsonNode join = ack(owner, "join_session", Map.of("session_uuid", adas));
            assertThat(join.path("ok").asBoolean()).isTrue();
            assertThat(join.path("is_owner").asBoolean()).isTrue();
            passed.clear();
            JsonNode info = ack(owner, "chat_message", Map.of("session_uuid", adas, "content", Map.of("command", "workspace_info")));
            assertThat(info.path("ok").asBoolean()).isTrue();
            if (passed.stream().noneMatch(frame -> frame.contains("connection.workspace_info"))) { // it may come before the ack
                owner.await(frame -> frame.contains("connection.workspace_info"), WAIT);
            }
        }
    }

    private static Map<String, Map<String, Object>> commands() {
        Map<String, Map<String, Object>> commands = new LinkedHashMap<>();
        commands.put("query", Map.of("text", "hello"));
        commands.put("plan", Map.of("text", "a plan"));
        commands.put("continue_run", Map.of("run_id", UUID.randomUUID().toString(), "confirmed", true, "user_input", ""));
        commands.put("cancel", Map.of());
        commands.put("start_fork", Map.of("text", "go"));
        commands.put("save_env", Map.of("tool_call_id", "call_1", "secrets", Map.of("API_TOKEN", "v")));
        commands.put("enhance_prompt", Map.of("text", "make it better"));
        commands.put("workspace_info", Map.of());
        commands.put("sandbox_status", Map.of());
        commands.put("awake_sandbox", Map.of());
        commands.put("file_tree", Map.of());
        commands.put("file_content", Map.of("path", "a.txt"));
        return commands;
    }

    /** Sends an event asking for an acknowledgement; returns the ack's first argument. */
    private JsonNode ack(SocketClient client, String event, Map<String, Object> payload) throws InterruptedException {
        int ackId = acks.incrementAndGet();
        client.send("42" + ackId + SocketClient.JSON.valueToTree(List.of(event, payload)));
        String ack = client.await(frame -> {
            boolean match = frame.startsWith("43" + ackId + "[");
            if (!match) {
                passed.add(frame);
            }
            return match;
        }, WAIT);
        return SocketClient.parse(ack.substring(2 + String.valueOf(ackId).length())).get(0);
    }

    private static JsonNode established(SocketClient client) throws InterruptedException {
        return envelope(client.await(frame -> frame.contains("connection.established"), WAIT)).path("content");
    }

    private static List<Long> seqs(SocketClient client, int count) throws InterruptedException {
        List<Long> seqs = new ArrayList<>();
        while (seqs.size() < count) {
            seqs.add(envelope(client.await(frame -> frame.contains("agent.tool.call"), WAIT)).path("seq").asLong());
        }
        return seqs;
    }

    private static JsonNode envelope(String frame) {
        JsonNode args = SocketClient.parse(frame.substring(2));
        assertThat(args.get(0).asText()).isEqualTo("chat_event");
        return args.get(1);
    }

    private static SocketClient connected(String token) throws InterruptedException {
        SocketClient client = SocketClient.connect(socketIoUrl(), Map.of()).answeringEnginePings();
        assertThat(client.next(WAIT)).startsWith("0{");
        client.send("40{\"token\":\"" + token + "\"}");
        assertThat(client.next(WAIT)).startsWith("40{");
        return client;
    }

    private void publish(String sessionId, int count) {
        for (int i = 0; i < count; i++) {
            events.publish(new PublishSessionEventsCommand(new SessionId(UUID.fromString(sessionId)), List.of(
                    new Outgoing(EventName.AGENT_TOOL_CALL, UUID.randomUUID(), JsonObject.of(Map.of("tool_name", "shell", "i", i))))));
        }
    }
}
