package ai.iiagent.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A JVM killed with SIGKILL leaves its embedded postmaster running on the data directory: the next
 * start stops that orphan and starts, and never touches a process the pid file names that is not a
 * PostgreSQL server of this data directory, nor the server of a JVM that still runs.
 */
class EmbeddedDatabaseOrphanTest {

    private static final Duration LIMIT = Duration.ofSeconds(60);

    @TempDir
    Path dataDir;

    private final List<EmbeddedDatabase> started = new ArrayList<>();
    private final List<Long> postmastersToReap = new ArrayList<>();
    private Properties savedProperties;
    private Process owner;

    @BeforeEach
    void saveProperties() {
        // EmbeddedDatabase.start points Quarkus at itself through system properties: later tests must not see them.
        savedProperties = (Properties) System.getProperties().clone();
    }

    @AfterEach
    void cleanUp() throws InterruptedException {
        started.forEach(EmbeddedDatabase::close);
        if (owner != null && owner.isAlive()) {
            owner.destroy(); // SIGTERM: its shutdown hook stops its postmaster
            owner.waitFor(30, TimeUnit.SECONDS);
        }
        for (long pid : postmastersToReap) {
            ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly); // the orphan, when the fix failed
        }
        System.setProperties(savedProperties);
    }

    @Test
    void givenPostmasterOrphanedByKilledJvm_whenStartedAgain_thenOrphanStoppedAndDatabaseServes() throws Exception {
        Path directory = dataDir.resolve("postgres");
        long orphan = startInChildJvm(directory);
        assertThat(owner.destroyForcibly().waitFor(10, TimeUnit.SECONDS)).isTrue(); // SIGKILL: no shutdown hook runs
        assertThat(alive(orphan)).as("precondition: postmaster %d outlived its JVM", orphan).isTrue();

        EmbeddedDatabase database = track(EmbeddedDatabase.start(directory));

        assertThat(selectOne(database.port())).isEqualTo(1);
        assertThat(alive(orphan)).as("orphaned postmaster %d still running", orphan).isFalse();
        assertThat(postmasterPid(directory)).isNotEqualTo(orphan);
    }

    @Test
    void givenPidFileNamingThisJvm_whenStarted_thenThisJvmIsLeftAloneAndDatabaseServes() throws Exception {
        Path directory = dataDir.resolve("postgres");
        initialise(directory);
        long self = ProcessHandle.current().pid();
        writePidFile(directory, self);

        // PostgreSQL itself treats its grandparent's pid (this JVM, which runs pg_ctl) as a stale lock.
        EmbeddedDatabase database = track(EmbeddedDatabase.start(directory));

        assertThat(selectOne(database.port())).isEqualTo(1);
        assertThat(ProcessHandle.current().isAlive()).isTrue();
    }

    @Test
    void givenPidFileNamingPostgresOfAnotherDataDirectory_whenStarted_thenThatServerIsLeftAlone() throws Exception {
        EmbeddedDatabase other = track(EmbeddedDatabase.start(dataDir.resolve("other")));
        long otherPid = postmasterPid(dataDir.resolve("other"));
        Path directory = dataDir.resolve("postgres");
        initialise(directory);
        writePidFile(directory, otherPid);

        // A live process holds the pid: PostgreSQL refuses the start, and nothing of the other server is touched.
        assertThatThrownBy(() -> track(EmbeddedDatabase.start(directory))).isInstanceOf(RuntimeException.class);

        assertThat(alive(otherPid)).isTrue();
        assertThat(selectOne(other.port())).isEqualTo(1);
        assertThat(dataDir.resolve("other/postmaster.pid")).exists();
        assertThat(postmasterPid(directory)).isEqualTo(otherPid);
    }

    @Test
    void givenOwningJvmStillRunning_whenStartedAgainOnSameDirectory_thenItsPostmasterIsLeftAlone() throws Exception {
        Path directory = dataDir.resolve("postgres");
        long running = startInChildJvm(directory);
        int port = Integer.parseInt(Files.readAllLines(directory.resolve("postmaster.pid")).get(3).trim());

        // A second server on the same data directory: refused, and the first one keeps its database.
        assertThatThrownBy(() -> track(EmbeddedDatabase.start(directory))).isInstanceOf(RuntimeException.class);

        assertThat(alive(running)).isTrue();
        assertThat(selectOne(port)).isEqualTo(1);
    }

    /** Starts the database the way the application does, in a JVM of its own; returns its postmaster's pid. */
    private long startInChildJvm(Path directory) throws Exception {
        Path log = dataDir.resolve("owner.log");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                OwnerMain.class.getName(), directory.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(key -> key.startsWith("DB_") || key.startsWith("QUARKUS_"));
        owner = builder.start();
        long deadline = System.nanoTime() + LIMIT.toNanos();
        while (!Files.readString(log).contains(OwnerMain.READY)) {
            assertThat(owner.isAlive()).as("owner JVM died:%n%s", Files.readString(log)).isTrue();
            assertThat(System.nanoTime()).as("owner not ready:%n%s", Files.readString(log)).isLessThan(deadline);
            Thread.sleep(100);
        }
        long postmaster = postmasterPid(directory);
        postmastersToReap.add(postmaster);
        return postmaster;
    }

    private void initialise(Path directory) {
        EmbeddedDatabase.start(directory).close();
        assertThat(directory.resolve("PG_VERSION")).exists();
        assertThat(directory.resolve("postmaster.pid")).doesNotExist();
    }

    /** The lines PostgreSQL reads first: pid, data directory, start time, port. */
    private static void writePidFile(Path directory, long pid) throws IOException {
        Files.writeString(directory.resolve("postmaster.pid"), pid + "\n" + directory.toAbsolutePath() + "\n"
                + System.currentTimeMillis() / 1000 + "\n5999\n");
    }

    private EmbeddedDatabase track(EmbeddedDatabase database) {
        started.add(database);
        return database;
    }

    private static long postmasterPid(Path directory) throws IOException {
        return Long.parseLong(Files.readAllLines(directory.resolve("postmaster.pid")).get(0).trim());
    }

    /** Running and not a zombie left for a parent that does not reap. */
    private static boolean alive(long pid) throws IOException {
        Path stat = Path.of("/proc/" + pid + "/stat");
        if (!Files.exists(stat)) {
            return false;
        }
        try {
            String text = Files.readString(stat);
            return text.charAt(text.lastIndexOf(')') + 2) != 'Z';
        } catch (IOException gone) {
            return false;
        }
    }

    private static int selectOne(int port) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/"
                + EmbeddedDatabase.DATABASE, "postgres", "postgres");
             ResultSet row = connection.createStatement().executeQuery("select 1")) {
            row.next();
            return row.getInt(1);
        }
    }

    /** The owning JVM: starts the embedded database as IiAgentMain does and waits to be killed. */
    public static final class OwnerMain {
        static final String READY = "embedded database ready";

        public static void main(String... args) throws InterruptedException {
            EmbeddedDatabase.start(Path.of(args[0]));
            System.out.println(READY);
            Thread.sleep(Long.MAX_VALUE);
        }
    }
}
