package ai.iiagent.e2e.realtime;

import static ai.iiagent.e2e.realtime.Realtime.WAIT;
import static ai.iiagent.e2e.realtime.Realtime.event;
import static ai.iiagent.e2e.realtime.Realtime.join;
import static ai.iiagent.e2e.realtime.Realtime.named;
import static ai.iiagent.e2e.realtime.Realtime.nativeClient;
import static ai.iiagent.e2e.realtime.Realtime.newAccessToken;
import static ai.iiagent.e2e.realtime.Realtime.newSession;
import static org.assertj.core.api.Assertions.assertThat;

import ai.iiagent.domain.credits.BillingSubject;
import ai.iiagent.domain.credits.CreditAccount;
import ai.iiagent.domain.credits.CreditReservation;
import ai.iiagent.domain.credits.Credits;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.port.out.sandbox.SandboxPort;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The sandbox commands over the real {@code /ws}: an agent run creates the sandbox lazily, then the
 * owner reads its state and files; nobody else can, and nothing leaves the workspace.
 */
@QuarkusTest
class SandboxCommandsOverSocketTest {

    @Inject
    SandboxPort sandbox;

    private final CreditReservation reservation = CreditAccount.open(UserId.random())
            .reserve(Credits.ZERO, 0, BillingSubject.NONE, "socket-sandbox-test", Instant.now()).reservation();

    @Test
    void givenAnAgentRunThatUsedTheSandbox_whenTheOwnerAsks_thenStatusTreeAndContentComeBackToThatConnectionOnly()
            throws Exception {
        String token = newAccessToken();
        String id = newSession(token, "sandbox commands");
        try (SocketClient owner = joined(token, id); SocketClient otherTab = joined(token, id)) {
            send(owner, id, "query", Map.of("text", "write hello.sh: echo hi from the sandbox, then run it",
                    "auto_approve", true));
            JsonNode created = event(owner.await(named("sandbox.status_changed"), WAIT));
            assertThat(created.path("transient").asBoolean()).isFalse();
            assertThat(created.path("content").path("status").asText()).isEqualTo("running");
            assertThat(created.path("content").path("reason").asText()).isEqualTo("created");
            assertThat(created.path("content").path("provider").asText()).isEqualTo("local");
            List<String> rest = until(owner, "agent.complete");
            assertThat(rest).as("the second tool call reuses the sandbox").noneMatch(named("sandbox.status_changed"));
            otherTab.await(named("agent.complete"), WAIT);
            otherTab.drain();

            send(owner, id, "sandbox_status", Map.of());
            JsonNode status = event(owner.await(named("sandbox.status_changed"), WAIT));
            assertThat(status.path("transient").asBoolean()).isTrue();
            assertThat(status.path("content").path("status").asText()).isEqualTo("running");
            assertThat(status.path("content").path("sandbox_id").asText())
                    .isEqualTo(created.path("content").path("sandbox_id").asText());

            send(owner, id, "file_tree", Map.of());
            JsonNode tree = event(owner.await(named("file.tree.listed"), WAIT)).path("content");
            assertThat(tree.path("path").asText()).isEmpty();
            assertThat(tree.path("truncated").asBoolean()).isFalse();
            assertThat(tree.path("entries").get(0).path("path").asText()).isEqualTo("hello.sh");
            assertThat(tree.path("entries").get(0).path("type").asText()).isEqualTo("file");

            send(owner, id, "file_content", Map.of("path", "hello.sh"));
            JsonNode file = event(owner.await(named("file.content.read"), WAIT)).path("content");
            assertThat(file.path("content").asText()).isEqualTo("echo hi from the sandbox\n");
            assertThat(file.path("binary").asBoolean()).isFalse();
            assertThat(file.path("size").asLong()).isEqualTo(25);

            Thread.sleep(200);
            assertThat(otherTab.drain()).as("replies go to the asking connection only")
                    .noneMatch(frame -> named("file.tree.listed").test(frame) || named("file.content.read").test(frame)
                            || named("sandbox.status_changed").test(frame));
        }
    }

    @Test
    void givenNestedBinaryAndLargeFiles_whenBrowsed_thenDepthSizeAndKindAreBounded() throws Exception {
        String token = newAccessToken();
        String id = newSession(token, "explorer");
        SessionId session = new SessionId(UUID.fromString(id));
        sandbox.writeFile(session, "src/deep/er/x.txt", bytes("x"), reservation);
        sandbox.writeFile(session, "blob.bin", new byte[] {1, 0, 2, (byte) 0xff}, reservation);
        sandbox.writeFile(session, "big.txt", bytes("é".repeat(200_000)), reservation);
        try (SocketClient owner = joined(token, id)) {
            send(owner, id, "file_tree", Map.of("depth", 1));
            assertThat(paths(event(owner.await(named("file.tree.listed"), WAIT))))
                    .containsExactly("big.txt", "blob.bin", "src");
            send(owner, id, "file_tree", Map.of("path", "src", "depth", 9));
            JsonNode deep = event(owner.await(named("file.tree.listed"), WAIT));
            assertThat(deep.path("content").path("depth").asInt()).as("capped").isEqualTo(5);
            assertThat(paths(deep)).containsExactly("src/deep", "src/deep/er", "src/deep/er/x.txt");

            send(owner, id, "file_content", Map.of("path", "blob.bin"));
            JsonNode blob = event(owner.await(named("file.content.read"), WAIT)).path("content");
            assertThat(blob.path("binary").asBoolean()).isTrue();
            assertThat(blob.path("content").isNull()).isTrue();
            assertThat(blob.path("size").asLong()).isEqualTo(4);

            send(owner, id, "file_content", Map.of("path", "big.txt"));
            JsonNode big = event(owner.await(named("file.content.read"), WAIT)).path("content");
            assertThat(big.path("binary").asBoolean()).isFalse();
            assertThat(big.path("truncated").asBoolean()).isTrue();
            assertThat(big.path("size").asLong()).isEqualTo(400_000);
            assertThat(big.path("content").asText()).hasSize(128 * 1024).matches("é+");
        }
    }

    @Test
    void givenPathsOutsideTheWorkspace_whenRead_thenRefusedWithoutLeakingAnything() throws Exception {
        String token = newAccessToken();
        String id = newSession(token, "escape");
        sandbox.writeFile(new SessionId(UUID.fromString(id)), "ok.txt", bytes("ok"), reservation);
        try (SocketClient owner = joined(token, id)) {
            for (String path : List.of("../../../../etc/passwd", "/etc/passwd", "a/../../x")) {
                send(owner, id, "file_content", Map.of("path", path));
                JsonNode error = event(owner.await(named("system.error"), WAIT)).path("content");
                assertThat(error.path("code").asText()).isEqualTo("sandbox_path_outside_workspace");
                assertThat(error.path("message").asText()).doesNotContain("root:");
                send(owner, id, "file_tree", Map.of("path", path));
                assertThat(event(owner.await(named("system.error"), WAIT)).path("content").path("code").asText())
                        .isEqualTo("sandbox_path_outside_workspace");
            }
            send(owner, id, "file_content", Map.of("path", "missing.txt"));
            assertThat(event(owner.await(named("system.error"), WAIT)).path("content").path("code").asText())
                    .isEqualTo("sandbox_file_not_found");
            send(owner, id, "file_content", Map.of());
            assertThat(event(owner.await(named("system.error"), WAIT)).path("content").path("error_code").asText())
                    .isEqualTo("validation_error");
        }
    }

    @Test
    void givenAPausedSandbox_whenAwakened_thenTheSessionSeesItRunningAgain_andAwakingARunningOneJustAnswers()
            throws Exception {
        String token = newAccessToken();
        String id = newSession(token, "awake");
        SessionId session = new SessionId(UUID.fromString(id));
        sandbox.writeFile(session, "a.txt", bytes("a"), reservation);
        try (SocketClient owner = joined(token, id); SocketClient otherTab = joined(token, id)) {
            sandbox.pause(session);
            JsonNode paused = event(owner.await(named("sandbox.status_changed")
                    .and(frame -> event(frame).path("content").path("status").asText().equals("paused")), WAIT));
            assertThat(paused.path("transient").asBoolean()).isFalse();

            send(owner, id, "sandbox_status", Map.of());
            assertThat(event(owner.await(named("sandbox.status_changed"), WAIT)).path("content").path("status").asText())
                    .isEqualTo("paused");

            send(owner, id, "awake_sandbox", Map.of());
            JsonNode awake = event(owner.await(named("sandbox.status_changed"), WAIT));
            assertThat(awake.path("content").path("status").asText()).isEqualTo("running");
            assertThat(awake.path("content").path("reason").asText()).isEqualTo("awakened");
            assertThat(awake.path("transient").asBoolean()).as("a session event, stored").isFalse();
            assertThat(event(otherTab.await(named("sandbox.status_changed")
                    .and(frame -> event(frame).path("content").path("reason").asText().equals("awakened")), WAIT))
                    .path("seq").asLong()).isEqualTo(awake.path("seq").asLong());

            send(owner, id, "awake_sandbox", Map.of());
            JsonNode again = event(owner.await(named("sandbox.status_changed"), WAIT));
            assertThat(again.path("transient").asBoolean()).as("nothing changed: a direct answer").isTrue();
            assertThat(again.path("content").path("status").asText()).isEqualTo("running");
        }
    }

    @Test
    void givenASessionWithoutASandbox_whenAsked_thenNotCreated_andNothingIsCreated() throws Exception {
        String token = newAccessToken();
        String id = newSession(token, "empty");
        try (SocketClient owner = joined(token, id)) {
            send(owner, id, "sandbox_status", Map.of());
            assertThat(event(owner.await(named("sandbox.status_changed"), WAIT)).path("content").path("status").asText())
                    .isEqualTo("not_created");
            send(owner, id, "awake_sandbox", Map.of());
            assertThat(event(owner.await(named("sandbox.status_changed"), WAIT)).path("content").path("status").asText())
                    .isEqualTo("not_created");
            send(owner, id, "file_tree", Map.of());
            assertThat(event(owner.await(named("system.error"), WAIT)).path("content").path("code").asText())
                    .isEqualTo("sandbox_not_found");
            send(owner, id, "file_content", Map.of("path", "a.txt"));
            assertThat(event(owner.await(named("system.error"), WAIT)).path("content").path("code").asText())
                    .isEqualTo("sandbox_not_found");
            send(owner, id, "sandbox_status", Map.of());
            assertThat(event(owner.await(named("sandbox.status_changed"), WAIT)).path("content").path("status").asText())
                    .isEqualTo("not_created");
        }
    }

    @Test
    void givenSomeoneElsesSession_whenTheyAskByItsId_thenSessionNotFoundForEveryCommand() throws Exception {
        String ada = newAccessToken();
        String adas = newSession(ada, "private");
        sandbox.writeFile(new SessionId(UUID.fromString(adas)), "secret.txt", bytes("secret"), reservation);
        String eve = newAccessToken();
        String eves = newSession(eve, "mine");
        try (SocketClient client = joined(eve, eves)) {
            for (String command : List.of("sandbox_status", "awake_sandbox", "file_tree", "file_content")) {
                send(client, adas, command, Map.of("path", "secret.txt"));
                JsonNode error = event(client.await(named("system.error"), WAIT)).path("content");
                assertThat(error.path("code").asText()).as(command).isEqualTo("session_not_found");
            }
            Thread.sleep(200);
            assertThat(client.drain()).noneMatch(frame -> frame.contains("secret"));
        }
    }

    private static List<String> paths(JsonNode listed) {
        List<String> paths = new ArrayList<>();
        listed.path("content").path("entries").forEach(entry -> paths.add(entry.path("path").asText()));
        return paths;
    }

    private static SocketClient joined(String token, String id) throws InterruptedException {
        SocketClient client = nativeClient(token);
        join(client, id, 0);
        client.await(named("connection.established"), WAIT);
        return client;
    }

    private static void send(SocketClient client, String sessionId, String command, Map<String, Object> fields) {
        Map<String, Object> content = new HashMap<>(fields);
        content.put("command", command);
        client.send(Map.of("type", "chat_message", "data", Map.of("session_uuid", sessionId, "content", content)));
    }

    private static List<String> until(SocketClient client, String name) throws InterruptedException {
        List<String> frames = new ArrayList<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            String frame = client.next(WAIT);
            frames.add(frame);
            if (named(name).test(frame)) {
                return frames;
            }
        }
        throw new AssertionError("no " + name + " within 30 s");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
