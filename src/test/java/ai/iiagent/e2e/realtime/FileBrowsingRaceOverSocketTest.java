package ai.iiagent.e2e.realtime;

import static ai.iiagent.e2e.realtime.Realtime.WAIT;
import static ai.iiagent.e2e.realtime.Realtime.event;
import static ai.iiagent.e2e.realtime.Realtime.join;
import static ai.iiagent.e2e.realtime.Realtime.named;
import static ai.iiagent.e2e.realtime.Realtime.nativeClient;
import static ai.iiagent.e2e.realtime.Realtime.newAccessToken;
import static ai.iiagent.e2e.realtime.Realtime.newSession;
import static ai.iiagent.e2e.realtime.Realtime.type;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The owner's file browsing over the real {@code /ws} while the sandbox (a terminal the owner opened)
 * swaps a directory and a link to a host directory in a loop: no byte of the host file comes back and
 * every answer is the file or a clean refusal, never {@code internal_error}.
 */
@QuarkusTest
class FileBrowsingRaceOverSocketTest {

    private static final int READS = 1000;
    private static final List<String> CLEAN_REFUSALS = List.of("sandbox_file_not_found", "sandbox_path_outside_workspace");

    @Test
    void givenASwapLoopInTheSandbox_whenTheOwnerReadsUnderIt_thenNoHostByteComesBack_andNoInternalError() throws Exception {
        String canary = "host-canary-" + UUID.randomUUID();
        Path hostDir = Files.createTempDirectory("ii-agent-host-secrets");
        Files.setPosixFilePermissions(hostDir, PosixFilePermissions.fromString("rwx--x--x"));
        Files.writeString(hostDir.resolve("secret.txt"), canary);
        Files.setPosixFilePermissions(hostDir.resolve("secret.txt"), PosixFilePermissions.fromString("rw-------"));
        String token = newAccessToken();
        String id = newSession(token, "file race");
        try (SocketClient terminal = joined(token, id); SocketClient browser = joined(token, id)) {
            command(terminal, id, "query", Map.of("text", "run: mkdir d && printf harmless > d/secret.txt",
                    "auto_approve", true));
            terminal.await(named("agent.complete"), Duration.ofSeconds(30));
            terminal.send(Map.of("type", "pty_create", "data", Map.of("terminal_id", "swap")));
            terminal.await(frame -> type(frame).equals("pty_ready"), WAIT);
            // A tight loop (python, no process per step), as an attacker would write it.
            terminal.send(Map.of("type", "pty_input", "data", Map.of("terminal_id", "swap", "data",
                    "printf 'import os\\nwhile 1:\\n os.rename(\"d\",\"d.real\"); os.symlink(\"%s\",\"d\");"
                            + " os.unlink(\"d\"); os.rename(\"d.real\",\"d\")\\n' " + hostDir + " > swap.py; python3 swap.py\n")));
            Thread.sleep(300);
            browser.drain();

            List<String> contents = new ArrayList<>();
            List<String> unclean = new ArrayList<>();
            for (int i = 0; i < READS; i++) {
                command(browser, id, "file_content", Map.of("path", "d/secret.txt"));
                JsonNode answer = event(browser.await(named("file.content.read").or(named("system.error")), WAIT));
                if (answer.path("name").asText().equals("file.content.read")) {
                    contents.add(answer.path("content").path("content").asText());
                } else if (!CLEAN_REFUSALS.contains(answer.path("content").path("code").asText())) {
                    unclean.add(answer.toString());
                }
            }

            assertThat(String.join("\n", contents)).doesNotContain(canary);
            assertThat(unclean).as("answers other than the file or a clean refusal").isEmpty();
            assertThat(contents).as("reads that found the real directory").allMatch("harmless"::equals);

            // What must succeed: once the loop stops and the directory is back, the same read returns the file.
            // (How many reads hit the real directory during the race depends on scheduling, so it is not counted.)
            terminal.send(Map.of("type", "pty_input", "data", Map.of("terminal_id", "swap", "data", "\u0003")));
            Thread.sleep(300);
            terminal.send(Map.of("type", "pty_input", "data", Map.of("terminal_id", "swap", "data",
                    "[ -L d ] && rm d; [ -d d.real ] && mv d.real d; echo restored\n")));
            assertThat(readAfterTheRace(browser, id)).isEqualTo("harmless");
        }
    }

    private static String readAfterTheRace(SocketClient browser, String sessionId) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        String code = "";
        while (System.nanoTime() < deadline) {
            command(browser, sessionId, "file_content", Map.of("path", "d/secret.txt"));
            JsonNode answer = event(browser.await(named("file.content.read").or(named("system.error")), WAIT));
            if (answer.path("name").asText().equals("file.content.read")) {
                return answer.path("content").path("content").asText();
            }
            code = answer.path("content").path("code").asText();
            Thread.sleep(100);
        }
        throw new AssertionError("the file was not readable after the race stopped; last refusal: " + code);
    }

    private static SocketClient joined(String token, String id) throws InterruptedException {
        SocketClient client = nativeClient(token);
        join(client, id, 0);
        client.await(named("connection.established"), WAIT);
        return client;
    }

    private static void command(SocketClient client, String sessionId, String command, Map<String, Object> fields) {
        Map<String, Object> content = new java.util.HashMap<>(fields);
        content.put("command", command);
        client.send(Map.of("type", "chat_message", "data", Map.of("session_uuid", sessionId, "content", content)));
    }
}
