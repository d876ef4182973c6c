package ai.iiagent.e2e.jobs;

import ai.iiagent.e2e.support.ListeningPorts;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One node of the packaged application (the reactor's {@code quarkus-run.jar}) in a child JVM with its own HTTP port
 * and log file, configured through the environment as an operator would. Answers JSON over HTTP for the tests.
 */
final class PackagedNode {

    static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final Duration START_LIMIT = Duration.ofSeconds(120);

    final String name;
    final int port;
    final Path log;
    private final Process process;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private PackagedNode(String name, int port, Path log, Process process) {
        this.name = name;
        this.port = port;
        this.log = log;
        this.process = process;
    }

    /** Starts a node and waits until it is ready; {@code env} comes on top of the common test settings. */
    static PackagedNode start(String name, Path dir, Map<String, String> env) throws Exception {
        int port = ListeningPorts.free();
        Path log = dir.resolve(name + "-" + System.nanoTime() + ".log");
        Path jar = Path.of(System.getProperty("quarkus.app.jar", "target/quarkus-app/quarkus-run.jar"));
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toAbsolutePath().toString()).redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> environment = builder.environment();
        environment.keySet().removeIf(key -> key.startsWith("QUARKUS_"));
        environment.put("PORT", Integer.toString(port));
        environment.put("APP_DATA_DIR", dir.resolve(name).toString());
        environment.put("APP_JWT_KEY_DIR", dir.resolve("keys").toString()); // one signing key for the cluster
        environment.put("APP_MASTER_KEY_FILE", dir.resolve("keys/master.key").toString());
        environment.put("DB_USER", System.getenv().getOrDefault("TEST_DB_USER", "iiagent"));
        environment.put("DB_PASSWORD", System.getenv().getOrDefault("TEST_DB_PASSWORD", "iiagent"));
        environment.put("REDIS_URL", System.getenv().getOrDefault("TEST_REDIS_URL", "redis://127.0.0.1:6379"));
        // Sign-up counts live in the shared Redis, so repeated runs from 127.0.0.1 would use up the defaults.
        environment.put("APP_SIGNUPS_PER_ADDRESS", "100000");
        environment.put("APP_SIGNUPS_MAX", "100000");
        environment.put("ACCESS_LOG", "false");
        environment.putAll(env);
        PackagedNode node = new PackagedNode(name, port, log, builder.start());
        node.awaitReady();
        return node;
    }

    /** {@code kill -9}: no shutdown hook, no graceful end of its jobs, its connections just drop. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            throw new AssertionError("node " + name + " did not die");
        }
    }

    void stop() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(45, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        }
    }

    String logText() throws IOException {
        return Files.readString(log);
    }

    JsonNode get(String path, String token) throws Exception {
        HttpResponse<String> response = http.send(request(path, token).GET().build(), HttpResponse.BodyHandlers.ofString());
        return json("GET " + path, response);
    }

    JsonNode post(String path, String token, Object body) throws Exception {
        HttpResponse<String> response = http.send(request(path, token).header("content-type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
                HttpResponse.BodyHandlers.ofString());
        return json("POST " + path, response);
    }

    private HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(60));
        if (token != null) {
            request.header("authorization", "Bearer " + token);
        }
        return request;
    }

    private JsonNode json(String what, HttpResponse<String> response) throws IOException {
        if (response.statusCode() < 200 || response.statusCode() > 202) {
            throw new AssertionError(what + " on node " + name + ": " + response.statusCode() + " " + response.body());
        }
        return JSON.readTree(response.body());
    }

    private void awaitReady() throws Exception {
        long deadline = System.nanoTime() + START_LIMIT.toNanos();
        while (System.nanoTime() < deadline && process.isAlive()) {
            try {
                if (http.send(request("/q/health/ready", null).GET().build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(200);
        }
        process.destroyForcibly();
        throw new AssertionError("node " + name + " on " + port + " not ready:\n" + logText());
    }

    static Map<String, String> merge(Map<String, String> first, Map<String, String> second) {
        Map<String, String> merged = new HashMap<>(first);
        merged.putAll(second);
        return merged;
    }
}
