package ai.iiagent.e2e.realtime;

import static ai.iiagent.e2e.realtime.Realtime.WAIT;
import static ai.iiagent.e2e.realtime.Realtime.join;
import static ai.iiagent.e2e.realtime.Realtime.named;
import static ai.iiagent.e2e.realtime.Realtime.nativeClient;
import static ai.iiagent.e2e.realtime.Realtime.newAccessToken;
import static ai.iiagent.e2e.realtime.Realtime.newSession;
import static ai.iiagent.e2e.realtime.Realtime.publish;
import static ai.iiagent.e2e.realtime.Realtime.type;
import static org.assertj.core.api.Assertions.assertThat;

import ai.iiagent.adapter.sandbox.local.BubblewrapSandbox;
import ai.iiagent.bootstrap.wiring.SandboxProvider;
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
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The interactive terminal over the real {@code /ws}: a shell on a pseudo-terminal inside the
 * session's local sandbox, sized and resized by the client, for the owner only, gone with the
 * connection.
 */
@QuarkusTest
class TerminalOverSocketTest {

    private static final Duration SHELL_WAIT = Duration.ofSeconds(15);

    @Inject
    SandboxPort sandbox;

    @Inject
    SandboxProvider provider;

    private final CreditReservation reservation = CreditAccount.open(UserId.random())
            .reserve(Credits.ZERO, 0, BillingSubject.NONE, "terminal-test", Instant.now()).reservation();

    @Test
    void givenASessionWithASandbox_whenTheOwnerOpensATerminal_thenItIsARealTtyInTheWorkspace_sizedAndResized()
            throws Exception {
        String token = newAccessToken();
        String id = newSession(token, "terminal");
        SessionId session = new SessionId(UUID.fromString(id));
        sandbox.writeFile(session, "hello.txt", "hi from the workspace\n".getBytes(StandardCharsets.UTF_8), reservation);
        try (SocketClient owner = joined(token, id); SocketClient otherTab = joined(token, id)) {
            owner.send(pty("pty_create", Map.of("terminal_id", "t1", "rows", 30, "cols", 100)));
            JsonNode ready = data(owner.await(typed("pty_ready"), WAIT));
            assertThat(ready.path("terminal_id").asText()).isEqualTo("t1");
            assertThat(ready.path("rows").asInt()).isEqualTo(30);
            assertThat(ready.path("cols").asInt()).isEqualTo(100);

            keys(owner, "t1", "tty; stty size; pwd; cat hello.txt; id -u; echo $((6 * 7))done\n");
            String screen = screenUntil(owner, "t1", "42done");
            assertThat(screen).contains("/dev/pts/").contains("30 100").contains("/workspace")
                    .contains("hi from the workspace").contains("65534");

            owner.send(pty("pty_resize", Map.of("terminal_id", "t1", "rows", 40, "cols", 120)));
            keys(owner, "t1", "stty size; echo resized$((1 + 1))\n");
            assertThat(screenUntil(owner, "t1", "resized2")).contains("40 120");

            keys(owner, "t1", "curl -sS -m 3 http://example.org >/dev/null 2>&1 || getent hosts example.org"
                    + " || echo no-net$((2 + 2))\n");
            assertThat(screenUntil(owner, "t1", "no-net4")).as("no network in a terminal either").isNotEmpty();

            keys(owner, "t1", "exit 3\n");
            JsonNode closed = data(owner.await(typed("pty_closed"), SHELL_WAIT));
            assertThat(closed.path("terminal_id").asText()).isEqualTo("t1");
            assertThat(closed.path("exit_code").asInt()).isEqualTo(3);

            Thread.sleep(200);
            assertThat(otherTab.drain()).as("terminal frames go to the connection that opened it")
                    .noneMatch(frame -> type(frame).startsWith("pty_"));
        }
    }

    @Test
    void givenAnOpenTerminal_whenTheConnectionGoes_thenTheShellIsEnded_andCtrlCAndCloseWork() throws Exception {
        String token = newAccessToken();
        String id = newSession(token, "terminal lifetime");
        SessionId session = new SessionId(UUID.fromString(id));
        sandbox.writeFile(session, "a.txt", "a".getBytes(StandardCharsets.UTF_8), reservation);
        BubblewrapSandbox local = (BubblewrapSandbox) provider.port();
        try (SocketClient owner = joined(token, id)) {
            owner.send(pty("pty_create", Map.of("terminal_id", "a")));
            assertThat(data(owner.await(typed("pty_ready"), WAIT)).path("rows").asInt()).as("default size").isEqualTo(24);
            keys(owner, "a", "sleep 1000\n");
            Thread.sleep(300);
            keys(owner, "a", "\u0003"); // Ctrl-C: the line discipline flushes what was typed with it, so the next line comes apart
            Thread.sleep(300);
            keys(owner, "a", "echo interrupted$((5 + 5))\n");
            screenUntil(owner, "a", "interrupted10");

            owner.send(pty("pty_create", Map.of("terminal_id", "b")));
            owner.await(typed("pty_ready"), WAIT);
            assertThat(local.terminals().openCount(session)).isEqualTo(2);
            owner.send(pty("pty_close", Map.of("terminal_id", "b")));
            assertThat(data(owner.await(typed("pty_closed"), SHELL_WAIT)).path("terminal_id").asText()).isEqualTo("b");

            owner.send(pty("pty_input", Map.of("terminal_id", "b", "data", "ls\n")));
            assertThat(data(owner.await(typed("pty_error"), WAIT)).path("code").asText()).isEqualTo("terminal_not_found");
            keys(owner, "a", "sleep 1000\n");
        }
        long deadline = System.nanoTime() + SHELL_WAIT.toNanos();
        while (local.terminals().openCount(session) > 0 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(local.terminals().openCount(session)).as("the disconnect ended the shell").isZero();
    }

    @Test
    void givenNoSandboxBadInputOrAnotherUser_thenTerminalsAreRefusedWithStableCodes() throws Exception {
        String token = newAccessToken();
        String id = newSession(token, "no sandbox");
        try (SocketClient owner = joined(token, id)) {
            owner.send(pty("pty_create", Map.of("terminal_id", "t")));
            assertThat(data(owner.await(typed("pty_error"), WAIT)).path("code").asText())
                    .as("a terminal never creates a sandbox").isEqualTo("sandbox_not_found");
            owner.send(pty("pty_create", Map.of("terminal_id", "t", "rows", 0)));
            assertThat(data(owner.await(typed("pty_error"), WAIT)).path("error_code").asText()).isEqualTo("validation_error");
            owner.send(pty("pty_create", Map.of("terminal_id", "../../x")));
            assertThat(data(owner.await(typed("pty_error"), WAIT)).path("error_code").asText()).isEqualTo("validation_error");
            owner.send(pty("pty_input", Map.of("terminal_id", "t", "data", "x".repeat(70_000))));
            assertThat(data(owner.await(typed("pty_error"), WAIT)).path("error_code").asText()).isEqualTo("validation_error");
        }

        sandbox.writeFile(new SessionId(UUID.fromString(id)), "secret.txt", "owner only".getBytes(StandardCharsets.UTF_8),
                reservation);
        publish(token, id);
        try (SocketClient viewer = joined(newAccessToken(), id)) {
            viewer.send(pty("pty_create", Map.of("terminal_id", "t")));
            JsonNode refused = data(viewer.await(typed("pty_error"), WAIT));
            assertThat(refused.path("error_code").asText()).as("a viewer of a public session").isEqualTo("auth_error");
            assertThat(viewer.drain()).noneMatch(frame -> type(frame).equals("pty_ready"));
        }
        try (SocketClient stranger = nativeClient(newAccessToken())) {
            stranger.send(pty("pty_create", Map.of("terminal_id", "t")));
            assertThat(data(stranger.await(typed("pty_error"), WAIT)).path("error_code").asText())
                    .as("not joined to any session").isEqualTo("validation_error");
        }
    }

    private static SocketClient joined(String token, String id) throws InterruptedException {
        SocketClient client = nativeClient(token);
        join(client, id, 0);
        client.await(named("connection.established"), WAIT);
        return client;
    }

    private static Map<String, Object> pty(String event, Map<String, Object> data) {
        return Map.of("type", event, "data", data);
    }

    private static void keys(SocketClient client, String terminalId, String keys) {
        client.send(pty("pty_input", Map.of("terminal_id", terminalId, "data", keys)));
    }

    private static java.util.function.Predicate<String> typed(String event) {
        return frame -> type(frame).equals(event);
    }

    private static JsonNode data(String frame) {
        return SocketClient.parse(frame).path("data");
    }

    /** The terminal's output until it shows {@code marker} (computed by the shell, so the echoed command line never matches). */
    private static String screenUntil(SocketClient client, String terminalId, String marker) throws InterruptedException {
        StringBuilder screen = new StringBuilder();
        long deadline = System.nanoTime() + SHELL_WAIT.toNanos();
        Map<String, Integer> seen = new HashMap<>();
        while (!screen.toString().contains(marker)) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("no '" + marker + "' on the terminal; it showed: " + screen + " " + seen);
            }
            String frame = client.next(Duration.ofNanos(left));
            seen.merge(type(frame), 1, Integer::sum);
            if (type(frame).equals("pty_output") && data(frame).path("terminal_id").asText().equals(terminalId)) {
                screen.append(data(frame).path("data").asText());
            }
        }
        return screen.toString();
    }
}
