package ai.iiagent.e2e.realtime;

import static ai.iiagent.e2e.realtime.Realtime.newAccessToken;
import static ai.iiagent.e2e.realtime.Realtime.newSession;
import static org.assertj.core.api.Assertions.assertThat;

import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.sessions.events.EventName;
import ai.iiagent.domain.shared.JsonObject;
import ai.iiagent.port.in.sessions.PublishSessionEventsCommand;
import ai.iiagent.port.in.sessions.PublishSessionEventsUseCase;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The official socket.io-client (npm, run by node) against /socket.io/: connect, join with ack, commands, events. */
@QuarkusTest
class SocketIoClientTest {

    private static final Path SCRIPTS = Path.of("..", "src", "test", "socketio");

    @Inject
    PublishSessionEventsUseCase events;

    @Test
    void givenTheOfficialClient_whenItJoinsAndSendsCommands_thenItReceivesReplayAndLiveEvents() throws Exception {
        String token = newAccessToken();
        String id = newSession(token, "socket.io round trip");
        events.publish(new PublishSessionEventsCommand(new SessionId(UUID.fromString(id)), List.of(
                new PublishSessionEventsCommand.Outgoing(EventName.AGENT_RESPONSE, null, JsonObject.of(Map.of("text", "stored"))))));

        List<JsonNode> lines = run("roundtrip.mjs", token, id);

        assertThat(lines).extracting(line -> line.path("what").asText())
                .contains("connect", "join_ack", "unknown_ack", "names").doesNotContain("connect_error", "timeout");
        JsonNode ack = find(lines, "join_ack");
        assertThat(ack.path("ok").asBoolean()).isTrue();
        assertThat(ack.path("session_id").asText()).isEqualTo(id);
        assertThat(ack.path("is_owner").asBoolean()).isTrue();
        assertThat(find(lines, "unknown_ack").path("error_code").asText()).isEqualTo("validation_error");
        assertThat(find(lines, "unknown_ack").path("code").asText()).isEqualTo("unknown_command");
        assertThat(find(lines, "names").path("names")).extracting(JsonNode::asText)
                .containsSubsequence("connection.established", "agent.response", "system.pong",
                        "connection.workspace_info");
    }

    @Test
    void givenTheOfficialClient_whenItSendsAQuery_thenTheAgentRunStreamsToolCallsAndCompletes() throws Exception {
        String token = newAccessToken();
        String id = newSession(token, "socket.io agent");

        List<JsonNode> lines = run("agent-query.mjs", token, id, "make a todo list: alpha, beta");

        List<String> names = lines.stream().filter(line -> line.path("what").asText().equals("chat_event"))
                .map(line -> line.path("name").asText()).toList();
        assertThat(names).containsSubsequence("connection.established", "session.user_message", "agent.processing",
                "agent.tool.call", "agent.tool.result", "agent.response", "agent.complete", "agent.stream.complete");
        assertThat(lines).filteredOn(line -> line.path("name").asText().equals("agent.tool.call"))
                .singleElement().satisfies(call -> assertThat(call.path("content").path("tool_name").asText())
                        .isEqualTo("TodoWrite"));
    }

    @Test
    void givenTheOfficialClientWithABadToken_thenConnectError() throws Exception {
        List<JsonNode> lines = run("roundtrip.mjs", "forged", UUID.randomUUID().toString());

        assertThat(find(lines, "connect_error").path("message").asText()).isEqualTo("authentication failed");
    }

    private static List<JsonNode> run(String script, String... args) throws IOException, InterruptedException {
        assertThat(SCRIPTS.resolve("node_modules/socket.io-client")).as("bin/test runs npm ci in src/test/socketio")
                .isDirectory();
        Path output = Files.createTempFile("socketio", ".jsonl");
        List<String> command = new ArrayList<>(List.of("node", script, "http://localhost:" + RestAssured.port));
        command.addAll(List.of(args));
        Process node = new ProcessBuilder(command).directory(SCRIPTS.toFile()).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        assertThat(node.waitFor(30, TimeUnit.SECONDS)).as("node finished").isTrue();
        List<JsonNode> lines = Files.readAllLines(output, StandardCharsets.UTF_8).stream()
                .filter(line -> line.startsWith("{")).map(SocketClient::parse).toList();
        Files.deleteIfExists(output);
        return lines;
    }

    private static JsonNode find(List<JsonNode> lines, String what) {
        return lines.stream().filter(line -> line.path("what").asText().equals(what)).findFirst()
                .orElseThrow(() -> new AssertionError("no '" + what + "' in " + lines));
    }
}
