package ai.iiagent.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import ai.iiagent.e2e.support.ListeningPorts;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged application as bin/run starts it, with no configuration: embedded PostgreSQL under
 * the data directory, ready on first start, no postgres left after SIGTERM, data kept on restart,
 * and a restart after SIGKILL stops the postgres the killed server left running.
 */
class EmbeddedRunIT {

    private static final Duration START_LIMIT = Duration.ofSeconds(90);
    private static final Pattern EMBEDDED_PORT = Pattern.compile("embedded PostgreSQL \\w+ on port (\\d+)");

    @TempDir
    Path dataDir;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private Process server;
    private long orphan;

    @AfterEach
    void stopServer() throws InterruptedException {
        if (server != null && server.isAlive()) {
            server.destroy();
            server.waitFor(30, TimeUnit.SECONDS);
        }
        if (orphan != 0) {
            ProcessHandle.of(orphan).ifPresent(ProcessHandle::destroyForcibly); // left over when the restart failed
        }
    }

    @Test
    void givenNoConfiguration_whenStartedStoppedAndRestarted_thenReadyEachTimeAndDataKept() throws Exception {
        int port = ListeningPorts.free();
        Path firstLog = dataDir.resolve("first.log");
        server = start(port, firstLog);
        awaitReady(port, firstLog);

        assertThat(get(port, "/health").body()).contains("\"status\":\"ok\"");
        assertThat(Files.readString(firstLog)).containsPattern("migrations: [1-9][0-9]* applied");
        long postgresPid = postmasterPid();
        insertUserIntoEmbeddedDatabase(Files.readString(firstLog));
        UUID orphanRun = insertRunningRun(Files.readString(firstLog));

        server.destroy(); // SIGTERM, as Ctrl-C or a container stop would send
        assertThat(server.waitFor(45, TimeUnit.SECONDS)).as("server exits after SIGTERM").isTrue();
        assertThat(exitsWithin(postgresPid, Duration.ofSeconds(10)))
                .as("embedded postgres (pid %d) still running", postgresPid).isTrue();
        assertThat(dataDir.resolve("postgres/postmaster.pid")).doesNotExist();

        Path secondLog = dataDir.resolve("second.log");
        server = start(port, secondLog);
        awaitReady(port, secondLog);

        assertThat(Files.readString(secondLog)).contains("embedded PostgreSQL started").contains("migrations: 0 applied");
        assertThat(get(port, "/v1/users/setup-status").body()).contains("\"setup_required\":false");
        assertThat(Files.readString(secondLog)).contains("interrupted-run recovery: 1 run(s) marked failed");
        assertThat(query(Files.readString(secondLog), "select status from run_tasks where id = '" + orphanRun + "'"))
                .isEqualTo("failed");
        assertThat(query(Files.readString(secondLog), "select event_type from application_events where run_id = '"
                + orphanRun + "'")).isEqualTo("agent.response.interrupted");
    }

    @Test
    void givenServerKilledWithSigkill_whenStartedAgain_thenOrphanedPostgresStoppedAndReady() throws Exception {
        int port = ListeningPorts.free();
        Path firstLog = dataDir.resolve("first.log");
        server = start(port, firstLog);
        awaitReady(port, firstLog);
        insertUserIntoEmbeddedDatabase(Files.readString(firstLog));
        orphan = postmasterPid();

        assertThat(server.destroyForcibly().waitFor(30, TimeUnit.SECONDS)).isTrue(); // kill -9: no shutdown hook
        assertThat(exitsWithin(orphan, Duration.ofSeconds(2))).as("precondition: postgres outlives the JVM").isFalse();

        Path secondLog = dataDir.resolve("second.log");
        server = start(port, secondLog);
        awaitReady(port, secondLog);

        assertThat(Files.readString(secondLog)).contains("embedded PostgreSQL (pid " + orphan + ") of an earlier run");
        assertThat(exitsWithin(orphan, Duration.ofSeconds(1))).as("orphaned postgres %d still running", orphan).isTrue();
        assertThat(postmasterPid()).isNotEqualTo(orphan);
        assertThat(get(port, "/v1/users/setup-status").body()).contains("\"setup_required\":false");
    }

    private Process start(int port, Path log) throws IOException {
        Path jar = Path.of(System.getProperty("quarkus.app.jar", "target/quarkus-app/quarkus-run.jar"));
        assertThat(jar).exists();
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toAbsolutePath().toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(key -> key.startsWith("DB_") || key.startsWith("REDIS") || key.startsWith("QUARKUS_"));
        env.put("PORT", Integer.toString(port));
        env.put("APP_DATA_DIR", dataDir.toString());
        // The run inserted "as left by a crash" must wait for the restart, not be failed by the first server's job.
        env.put("APP_RUNS_STALE_CHECK_INTERVAL", "PT1H");
        return builder.start();
    }

    private void awaitReady(int port, Path log) throws Exception {
        long deadline = System.nanoTime() + START_LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(server.isAlive()).as("server died:%n%s", Files.readString(log)).isTrue();
            try {
                HttpResponse<String> ready = get(port, "/q/health/ready");
                if (ready.statusCode() == 200 && ready.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // keep polling until the deadline
            }
            Thread.sleep(250);
        }
        throw new AssertionError("not ready within " + START_LIMIT + ":\n" + Files.readString(log));
    }

    private HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The postmaster is re-parented to init (pg_ctl daemonises it), so its exit is observed by polling. */
    private static boolean exitsWithin(long pid, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                Thread.sleep(100);
            } else {
                return true;
            }
        }
        return false;
    }

    private long postmasterPid() throws IOException {
        return Long.parseLong(Files.readAllLines(dataDir.resolve("postgres/postmaster.pid")).get(0).trim());
    }

    private static void insertUserIntoEmbeddedDatabase(String log) throws Exception {
        try (Connection connection = embedded(log)) {
            connection.createStatement().executeUpdate("insert into users (email) values ('kept@example.org')");
        }
    }

    /** A run the "crashed" server left running: the next start must fail it and tell the session. */
    private static UUID insertRunningRun(String log) throws Exception {
        UUID run = UUID.randomUUID();
        try (Connection connection = embedded(log)) {
            connection.createStatement().executeUpdate("insert into run_tasks (id, session_id, task_type, status, "
                    + "created_at, updated_at) values ('" + run + "', gen_random_uuid(), 'agent_run', 'running', "
                    + "now(), now())");
        }
        return run;
    }

    private static String query(String log, String sql) throws Exception {
        try (Connection connection = embedded(log); var row = connection.createStatement().executeQuery(sql)) {
            return row.next() ? row.getString(1) : null;
        }
    }

    /** The embedded server of the run whose log this is (its port changes at every start). */
    private static Connection embedded(String log) throws Exception {
        Matcher port = EMBEDDED_PORT.matcher(log);
        assertThat(port.find()).as("embedded port logged").isTrue();
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port.group(1) + "/iiagent", "postgres",
                "postgres");
    }
}
