package ai.iiagent.e2e.realtime;

import static ai.iiagent.e2e.realtime.Realtime.WAIT;
import static ai.iiagent.e2e.realtime.Realtime.event;
import static ai.iiagent.e2e.realtime.Realtime.join;
import static ai.iiagent.e2e.realtime.Realtime.named;
import static ai.iiagent.e2e.realtime.Realtime.nativeClient;
import static ai.iiagent.e2e.realtime.Realtime.newAccessToken;
import static ai.iiagent.e2e.realtime.Realtime.newSession;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import ai.iiagent.e2e.mcp.McpServerFiles;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * The user's MCP servers as agent tools, end to end: an MCP setting over the API, a real stdio MCP
 * server (the SDK's, {@code TinyMcpServer}) started as its own java process inside the session's
 * sandbox, and the offline model calling {@code mcp_tiny_*} over /ws.
 */
@QuarkusTest
class McpToolsOverSocketTest {

    private static final Duration START = Duration.ofSeconds(60); // the server JVM starts inside the sandbox first
    private static final String DIR = "/workspace/.mcp-tiny";

    @Test
    void givenAStdioServer_thenItsToolRunsInTheSandbox_andTheResultReachesTheEventAndTheAnswer_andABrokenServerIsOnlyNoted()
            throws Exception {
        String token = newAccessToken();
        String id = newSession(token, "mcp");
        Map<String, Object> servers = new LinkedHashMap<>();
        servers.put("tiny", tiny(id));
        servers.put("broken", Map.of("command", "/usr/bin/no-such-mcp-server"));
        configure(token, servers);
        install(id);
        try (SocketClient client = joined(token, id)) {
            query(client, "mcp: add {\"a\": 2, \"b\": 40}", true);

            JsonNode notice = event(client.await(named("system.notification"), START)).path("content");
            assertThat(notice.path("code").asText()).isEqualTo("mcp_server_unavailable");
            assertThat(notice.path("server").asText()).isEqualTo("broken");
            assertThat(notice.path("reason").asText()).isEqualTo("mcp_command_not_found");
            JsonNode call = event(client.await(named("agent.tool.call"), START)).path("content");
            assertThat(call.path("tool_name").asText()).isEqualTo("mcp_tiny_add");
            JsonNode result = event(client.await(named("agent.tool.result"), WAIT)).path("content");
            assertThat(result.path("is_error").asBoolean()).as(result.toString()).isFalse();
            assertThat(result.path("result").path("text").asText()).isEqualTo("sum=42");
            assertThat(result.path("result").path("server").asText()).isEqualTo("tiny");
            JsonNode done = event(client.await(named("agent.complete"), WAIT)).path("content");
            assertThat(done.path("text").asText()).contains("mcp_tiny_add said: sum=42");
            client.await(named("agent.stream.complete"), WAIT);
        }
        awaitNoServerProcess(id);
    }

    @Test
    void givenNoAutoApprove_thenAnMcpCallWaitsForTheUser_andRunsOnceApproved_withItsEnvAndNothingOfTheHost()
            throws Exception {
        String token = newAccessToken();
        String id = newSession(token, "mcp approve");
        configure(token, Map.of("tiny", tiny(id)));
        install(id);
        try (SocketClient client = joined(token, id)) {
            query(client, "mcp: echo_upper {\"text\": \"shout\"}", false);
            JsonNode paused = event(client.await(named("agent.tool.confirmation"), START));
            JsonNode waiting = paused.path("content").path("tools").get(0);
            assertThat(waiting.path("tool_name").asText()).isEqualTo("mcp_tiny_echo_upper");
            assertThat(waiting.path("requires_confirmation").asBoolean()).isTrue();
            awaitNoServerProcess(id); // a paused run holds no connection

            client.send(Map.of("type", "chat_message", "data", Map.of("content", Map.of("command", "continue_run",
                    "run_id", paused.path("run_id").asText(), "confirmed", true))));
            JsonNode result = event(client.await(named("agent.tool.result"), START)).path("content");
            assertThat(result.path("result").path("text").asText()).isEqualTo("hello-from-env SHOUT");
            client.await(named("agent.complete"), WAIT);
            client.await(named("agent.stream.complete"), WAIT);

            query(client, "mcp: whoami {}", true);
            JsonNode where = event(client.await(named("agent.tool.result"), START)).path("content");
            assertThat(where.path("result").path("text").asText())
                    .isEqualTo("cwd=/workspace root_visible=false host_env=[]");
            client.await(named("agent.stream.complete"), WAIT);
        }
        awaitNoServerProcess(id);
    }

    @Test
    void givenOnlyBrokenServers_thenTheRunStillCompletes_andEachIsNotedOnce() throws Exception {
        String token = newAccessToken();
        String id = newSession(token, "mcp broken");
        Map<String, Object> servers = new LinkedHashMap<>();
        servers.put("missing", Map.of("command", "no-such-mcp-binary", "args", List.of("--stdio")));
        servers.put("crashes", Map.of("command", "/bin/sh", "args", List.of("-c", "echo boom >&2; exit 3")));
        servers.put("internal", Map.of("url", "http://127.0.0.1:5432/mcp"));
        configure(token, servers);
        try (SocketClient client = joined(token, id)) {
            query(client, "hello with broken tools", true);
            List<String> noted = new ArrayList<>();
            List<String> names = new ArrayList<>();
            long deadline = System.nanoTime() + START.toNanos();
            while (System.nanoTime() < deadline) {
                JsonNode next = event(client.next(START));
                names.add(next.path("name").asText());
                if (next.path("name").asText().equals("system.notification")) {
                    noted.add(next.path("content").path("server").asText() + ":" + next.path("content").path("reason").asText());
                }
                if (next.path("name").asText().equals("agent.stream.complete")) {
                    break;
                }
            }
            assertThat(names).contains("agent.complete").doesNotContain("system.error");
            assertThat(noted).containsExactlyInAnyOrder("missing:mcp_command_not_found", "crashes:mcp_start_failed",
                    "internal:mcp_url_refused");
        }
    }

    private static Map<String, Object> tiny(String sessionId) {
        List<String> args = new ArrayList<>(List.of("-Dmcp.test.session=" + sessionId));
        args.addAll(McpServerFiles.args(DIR));
        return Map.of("command", McpServerFiles.java(), "args", args, "env", Map.of("GREETING", "hello-from-env"));
    }

    private static void configure(String token, Map<String, Object> servers) {
        given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON)
                .body(Map.of("mcp_config", Map.of("mcpServers", servers))).post("/v1/user-settings/mcp")
                .then().statusCode(201);
    }

    /** What a user would do by copying a server into their workspace: the files appear under /workspace. */
    private static void install(String sessionId) throws IOException {
        McpServerFiles.install(sandboxes().resolve(sessionId).resolve(".mcp-tiny"));
    }

    private static Path sandboxes() {
        return Path.of(ConfigProvider.getConfig().getValue("app.data-dir", String.class), "sandboxes").toAbsolutePath();
    }

    /** The server's process (tagged with the session id on its command line) is gone soon after the run. */
    private static void awaitNoServerProcess(String sessionId) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        List<String> alive = serverProcesses(sessionId);
        while (!alive.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(100);
            alive = serverProcesses(sessionId);
        }
        assertThat(alive).as("MCP server processes left after the run").isEmpty();
    }

    private static List<String> serverProcesses(String sessionId) throws IOException {
        String marker = "-Dmcp.test.session=" + sessionId;
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            return procs.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .filter(p -> {
                        try {
                            return new String(Files.readAllBytes(p.resolve("cmdline")), StandardCharsets.UTF_8)
                                    .contains(marker);
                        } catch (IOException gone) {
                            return false;
                        }
                    }).map(p -> p.getFileName().toString()).toList();
        }
    }

    private static SocketClient joined(String token, String id) throws InterruptedException {
        SocketClient client = nativeClient(token);
        join(client, id, 0);
        client.await(named("connection.established"), WAIT);
        return client;
    }

    private static void query(SocketClient client, String text, boolean autoApprove) {
        client.send(Map.of("type", "chat_message", "data", Map.of("content", Map.of("command", "query", "text", text,
                "auto_approve", autoApprove))));
    }
}
