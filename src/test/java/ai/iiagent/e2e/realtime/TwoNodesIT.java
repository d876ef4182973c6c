package ai.iiagent.e2e.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scale-out: two packaged instances sharing PostgreSQL and Redis. Events a request on node A
 * produces reach a socket joined on node B, in seq order; a cancel sent to B stops a run on A.
 */
class TwoNodesIT {

    private static final Duration WAIT = Duration.ofSeconds(15);

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final List<Process> nodes = new ArrayList<>();

    @AfterEach
    void stopNodes() throws InterruptedException {
        for (Process node : nodes) {
            node.destroy();
            node.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void givenTwoNodes_whenNodeAPublishesEvents_thenASocketOnNodeBReceivesThemInOrder() throws Exception {
        int portA = start("a");
        int portB = start("b");
        String token = post(portA, "/auth/local/register", null, Map.of("email", "two-nodes-" + UUID.randomUUID()
                + "@example.org", "password", "correct horse")).path("access_token").asText();
        String session = post(portA, "/v1/sessions", token, Map.of("name", "across nodes")).path("id").asText();

        try (SocketClient onB = SocketClient.connect("ws://localhost:" + portB + "/ws", Realtime.bearer(token));
             SocketClient onA = SocketClient.connect("ws://localhost:" + portA + "/ws", Realtime.bearer(token))) {
            for (SocketClient client : List.of(onB, onA)) {
                client.await(frame -> Realtime.type(frame).equals("authenticated"), WAIT);
                Realtime.join(client, session, 0);
                client.await(Realtime.named("connection.established"), WAIT);
            }
            for (int i = 1; i <= 3; i++) {
                patch(portA, "/v1/sessions/" + session + "/plan", token, Map.of("summary", "plan v" + i,
                        "milestones", List.of()));
            }
            for (SocketClient client : List.of(onB, onA)) {
                List<String> summaries = new ArrayList<>();
                List<Long> seqs = new ArrayList<>();
                for (int i = 0; i < 3; i++) {
                    JsonNode event = Realtime.event(client.await(Realtime.named("plan.milestone.generated"), WAIT));
                    summaries.add(event.path("content").path("summary").asText());
                    seqs.add(event.path("seq").asLong());
                }
                assertThat(summaries).containsExactly("plan v1", "plan v2", "plan v3");
                assertThat(seqs).containsExactly(1L, 2L, 3L);
            }
        }
    }

    @Test
    void givenARunExecutingOnNodeA_whenCancelIsSentToNodeB_thenTheRunStopsOnA_andBothSocketsSeeItInterrupted()
            throws Exception {
        int portA = start("a");
        int portB = start("b");
        String token = post(portA, "/auth/local/register", null, Map.of("email", "cancel-" + UUID.randomUUID()
                + "@example.org", "password", "correct horse")).path("access_token").asText();
        String session = post(portA, "/v1/sessions", token, Map.of("name", "cancel across nodes")).path("id").asText();

        try (SocketClient onA = SocketClient.connect("ws://localhost:" + portA + "/ws", Realtime.bearer(token));
             SocketClient onB = SocketClient.connect("ws://localhost:" + portB + "/ws", Realtime.bearer(token))) {
            for (SocketClient client : List.of(onA, onB)) {
                client.await(frame -> Realtime.type(frame).equals("authenticated"), WAIT);
                Realtime.join(client, session, 0);
                client.await(Realtime.named("connection.established"), WAIT);
            }
            onA.send(Map.of("type", "chat_message", "data", Map.of("content",
                    Map.of("command", "query", "text", "answer slowly please"))));
            onB.await(Realtime.named("agent.response.delta"), WAIT); // streaming on A, seen on B
            Realtime.command(onB, "cancel");

            for (SocketClient client : List.of(onB, onA)) {
                JsonNode interrupted = Realtime.event(client.await(Realtime.named("agent.response.interrupted"), WAIT));
                assertThat(interrupted.path("content").path("run_status").asText()).isEqualTo("cancelled");
            }
            Thread.sleep(1000);
            assertThat(onA.drain()).as("no more of the run's text after the cancel")
                    .noneMatch(Realtime.named("agent.complete"));
        }
    }

    private int start(String name) throws Exception {
        int port = freePort();
        Path log = dir.resolve(name + ".log");
        Path jar = Path.of(System.getProperty("quarkus.app.jar", "target/quarkus-app/quarkus-run.jar"));
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toAbsolutePath().toString()).redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(key -> key.startsWith("QUARKUS_"));
        env.put("PORT", Integer.toString(port));
        env.put("APP_DATA_DIR", dir.resolve(name).toString());
        env.put("APP_JWT_KEY_DIR", dir.resolve("keys").toString()); // one signing key for the cluster
        env.put("DB_URL", System.getenv().getOrDefault("TEST_DB_URL", "jdbc:postgresql://127.0.0.1:5432/app_test"));
        env.put("DB_USER", System.getenv().getOrDefault("TEST_DB_USER", "iiagent"));
        env.put("DB_PASSWORD", System.getenv().getOrDefault("TEST_DB_PASSWORD", "iiagent"));
        env.put("REDIS_URL", System.getenv().getOrDefault("TEST_REDIS_URL", "redis://127.0.0.1:6379"));
        // The sign-up count lives in the shared Redis, so repeated runs from 127.0.0.1 would use up the default 5/h.
        env.put("APP_SIGNUPS_PER_ADDRESS", "100000");
        env.put("APP_SIGNUPS_MAX", "100000"); // the overall count lives in the shared Redis across runs too
        env.put("ACCESS_LOG", "false");
        env.put("APP_OFFLINE_WORD_DELAY", "PT0.1S"); // "answer slowly" then streams for several seconds
        nodes.add(builder.start());
        awaitReady(port, log);
        return port;
    }

    private void awaitReady(int port, Path log) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(100);
        }
        throw new AssertionError("node on " + port + " not ready:\n" + Files.readString(log));
    }

    private JsonNode post(int port, String path, String token, Map<String, Object> body) throws Exception {
        return send(port, path, token, "POST", body);
    }

    private JsonNode patch(int port, String path, String token, Map<String, Object> body) throws Exception {
        return send(port, path, token, "PATCH", body);
    }

    private JsonNode send(int port, String path, String token, String method, Map<String, Object> body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("content-type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(SocketClient.JSON.writeValueAsString(body)));
        if (token != null) {
            request.header("authorization", "Bearer " + token);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isBetween(200, 201);
        return SocketClient.parse(response.body());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
