package ai.iiagent.bootstrap;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;

/**
 * Entry point. Without DB_URL it first starts an embedded PostgreSQL whose data lives under the
 * data directory, points Quarkus at it, and stops it after Quarkus has shut down (also on Ctrl-C
 * or SIGTERM), so no postgres process outlives the server.
 */
@QuarkusMain
public final class IiAgentMain {

    private static final Logger LOG = Logger.getLogger(IiAgentMain.class);
    private static final long SHUTDOWN_WAIT_SECONDS = 30;

    private IiAgentMain() {
    }

    public static void main(String... args) {
        // initdb and postmaster chatter goes to our own one-line summary instead.
        java.util.logging.Logger.getLogger("io.zonky").setLevel(java.util.logging.Level.WARNING);
        Optional<EmbeddedDatabase> database = EmbeddedDatabase.startUnlessConfigured(dataDirectory());
        CountDownLatch quarkusStopped = new CountDownLatch(1);
        database.ifPresent(db -> Runtime.getRuntime().addShutdownHook(
                new Thread(() -> stopAfterQuarkus(db, quarkusStopped), "embedded-postgres-stop")));

        AtomicInteger exitCode = new AtomicInteger();
        Quarkus.run(Application.class, (code, failure) -> {
            exitCode.set(code);
            if (failure != null) {
                LOG.error("II-Agent stopped because of an error", failure);
            }
        }, args);
        quarkusStopped.countDown();
        database.ifPresent(EmbeddedDatabase::close);
        System.exit(exitCode.get());
    }

    /** Runs in a shutdown hook: the pool must close before PostgreSQL does, or shutdown logs errors. */
    private static void stopAfterQuarkus(EmbeddedDatabase database, CountDownLatch quarkusStopped) {
        try {
            if (!quarkusStopped.await(SHUTDOWN_WAIT_SECONDS, TimeUnit.SECONDS)) {
                LOG.warn("Quarkus did not stop in time; stopping embedded PostgreSQL anyway");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        database.close();
    }

    private static Path dataDirectory() {
        String configured = System.getProperty("app.data-dir", System.getenv("APP_DATA_DIR"));
        return Path.of(configured == null || configured.isBlank() ? "data" : configured).toAbsolutePath();
    }

    /** Keeps the process alive until it is asked to stop. */
    public static final class Application implements QuarkusApplication {
        @Override
        public int run(String... args) {
            Quarkus.waitForExit();
            return 0;
        }
    }
}
