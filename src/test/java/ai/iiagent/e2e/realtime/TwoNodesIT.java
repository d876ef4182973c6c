package ai.iiagent.e2e.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import ai.iiagent.e2e.support.ListeningPorts;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
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
 * Runs belong to a node: a node that starts leaves the live runs of the other alone, and fails
 * them (returning their credit holds) only once their node died and its lease lapsed.
 */
class TwoNodesIT {

    private static final Duration WAIT = Duration.ofSeconds(15);
    /** Short leases so that a dead node's runs are failed within seconds. */
    private static final Map<String, String> SHORT_LEASES = Map.of("APP_RUNS_LEASE_LENGTH", "PT4S",
            "APP_RUNS_LEASE_RENEW_INTERVAL", "PT1S", "APP_RUNS_STALE_CHECK_INTERVAL", "PT1S");
    private static final Duration LEASE = Duration.ofSeconds(4);
    private static final Duration RENEWAL = Duration.ofSeconds(1);

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

    @Test
    void givenARunStreamingOnNodeA_whenNodeBStarts_thenTheRunKeepsStreamingToItsEnd() throws Exception {
        // A slow answer waits 8 word delays a word: ~66 words × 0.64 s outlast B's start-up and several leases.
        // An 8 s lease: A renews every second, so only a renewal 7 s late (A starved while B boots) could lose it.
        int portA = start("a", withLeases(Map.of("APP_OFFLINE_WORD_DELAY", "PT0.08S", "APP_RUNS_LEASE_LENGTH", "PT8S")));
        String token = register(portA, "lease-live");
        String session = post(portA, "/v1/sessions", token, Map.of("name", "live across a start")).path("id").asText();

        try (SocketClient onA = SocketClient.connect("ws://localhost:" + portA + "/ws", Realtime.bearer(token))) {
            onA.await(frame -> Realtime.type(frame).equals("authenticated"), WAIT);
            Realtime.join(onA, session, 0);
            onA.await(Realtime.named("connection.established"), WAIT);
            onA.send(Map.of("type", "chat_message", "data", Map.of("content",
                    Map.of("command", "query", "text", "answer slowly please"))));
            onA.await(Realtime.named("agent.response.delta"), WAIT);

            int portB = start("b", SHORT_LEASES); // its start-up recovery and stale-run job now run
            Thread.sleep(Duration.ofSeconds(8).plus(RENEWAL.multipliedBy(3)).toMillis()); // past a lease, several of B's checks
            List<String> meanwhile = onA.drain();
            assertThat(meanwhile).as("B left A's live run alone").noneMatch(Realtime.named("agent.response.interrupted"))
                    .noneMatch(Realtime.named("agent.complete"));
            assertThat(meanwhile).as("A still streams").anyMatch(Realtime.named("agent.response.delta"));
            assertThat(get(portB, "/v1/sessions/" + session + "/events", token).path("run_status").asText())
                    .as("B sees the run live").isEqualTo("running");

            JsonNode complete = Realtime.event(onA.await(Realtime.named("agent.complete"), Duration.ofSeconds(90)));
            assertThat(complete.path("content").path("text").asText()).contains("deliberately slow answer");
        }
        JsonNode log = get(portA, "/v1/sessions/" + session + "/events", token);
        assertThat(log.path("run_status").asText()).isEqualTo("completed");
        for (JsonNode event : log.path("events")) {
            assertThat(event.path("name").asText()).isNotEqualTo("agent.response.interrupted");
        }
    }

    @Test
    void givenNodeAKilledMidRun_whenItsLeaseLapses_thenNodeBFailsTheRun_andReturnsItsHeldCredits() throws Exception {
        int portA = start("a", SHORT_LEASES);
        int portB = start("b", SHORT_LEASES);
        String token = register(portA, "lease-dead");
        String session = post(portA, "/v1/sessions", token, Map.of("name", "orphaned by a kill")).path("id").asText();
        JsonNode before = get(portB, "/v1/credits/balance", token);
        assertThat(before.path("held_credits").asDouble()).isZero();

        try (SocketClient onA = SocketClient.connect("ws://localhost:" + portA + "/ws", Realtime.bearer(token));
             SocketClient onB = SocketClient.connect("ws://localhost:" + portB + "/ws", Realtime.bearer(token))) {
            for (SocketClient client : List.of(onA, onB)) {
                client.await(frame -> Realtime.type(frame).equals("authenticated"), WAIT);
                Realtime.join(client, session, 0);
                client.await(Realtime.named("connection.established"), WAIT);
            }
            onA.send(Map.of("type", "chat_message", "data", Map.of("content",
                    Map.of("command", "query", "text", "answer slowly please"))));
            String runId = Realtime.event(onB.await(Realtime.named("agent.response.delta"), WAIT)).path("run_id").asText();
            assertThat(get(portB, "/v1/credits/balance", token).path("held_credits").asDouble())
                    .as("the model call in progress holds credits").isPositive();

            Process nodeA = nodes.getFirst();
            assertThat(nodeA.destroyForcibly().waitFor(30, TimeUnit.SECONDS)).isTrue(); // kill -9: no shutdown hook
            long killedAt = System.nanoTime();

            JsonNode interrupted = Realtime.event(onB.await(Realtime.named("agent.response.interrupted"),
                    Duration.ofSeconds(30)));
            Duration after = Duration.ofNanos(System.nanoTime() - killedAt);
            assertThat(interrupted.path("run_id").asText()).isEqualTo(runId);
            assertThat(interrupted.path("content").path("run_status").asText()).isEqualTo("failed");
            // The last renewal came about one interval before the kill, so the lease ran about the rest; 1.5 s of
            // slack for a renewal that a busy machine ran late. A node that ignored leases would fail it within a check.
            assertThat(after).as("failed only after the lease lapsed").isGreaterThanOrEqualTo(LEASE.minus(RENEWAL)
                    .minusMillis(1500));
            onB.await(Realtime.named("agent.stream.complete"), WAIT);
        }
        assertThat(get(portB, "/v1/sessions/" + session + "/events", token).path("run_status").asText())
                .isEqualTo("failed");
        JsonNode after = awaitNoHold(portB, token);
        assertThat(after.path("total_credits").asDouble()).as("the held credits came back, nothing was charged")
                .isEqualTo(before.path("total_credits").asDouble());
    }

    private JsonNode awaitNoHold(int port, String token) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        JsonNode balance = get(port, "/v1/credits/balance", token);
        while (balance.path("held_credits").asDouble() != 0 && System.nanoTime() < deadline) {
            Thread.sleep(200);
            balance = get(port, "/v1/credits/balance", token);
        }
        assertThat(balance.path("held_credits").asDouble()).as("held credits released: " + balance).isZero();
        return balance;
    }

    private static Map<String, String> withLeases(Map<String, String> more) {
        Map<String, String> env = new java.util.HashMap<>(SHORT_LEASES);
        env.putAll(more);
        return env;
    }

    private String register(int port, String prefix) throws Exception {
        return post(port, "/auth/local/register", null, Map.of("email", prefix + "-" + UUID.randomUUID()
                + "@example.org", "password", "correct horse")).path("access_token").asText();
    }

    private JsonNode get(int port, String path, String token) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("GET " + path + ": " + response.body()).isEqualTo(200);
        return SocketClient.parse(response.body());
    }

    private int start(String name) throws Exception {
        return start(name, Map.of());
    }

    private int start(String name, Map<String, String> extra) throws Exception {
        int port = ListeningPorts.free();
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
        env.putAll(extra);
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
}
