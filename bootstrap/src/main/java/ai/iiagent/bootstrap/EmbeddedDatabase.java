package ai.iiagent.bootstrap;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The zero-setup database: a PostgreSQL server run from the zonky binaries, data kept under
 * {@code <data-dir>/postgres} so it survives restarts. Used only when no external database is
 * configured (DB_URL or quarkus.datasource.jdbc.url) and APP_EMBEDDED_DB is not "false".
 */
public final class EmbeddedDatabase implements AutoCloseable {

    static final String DATABASE = "iiagent";
    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class);

    private final EmbeddedPostgres postgres;
    private boolean closed;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    static Optional<EmbeddedDatabase> startUnlessConfigured(Path dataDir) {
        if (externalDatabaseConfigured() || "false".equalsIgnoreCase(System.getenv("APP_EMBEDDED_DB"))) {
            return Optional.empty();
        }
        return Optional.of(start(dataDir.resolve("postgres")));
    }

    static EmbeddedDatabase start(Path directory) {
        long started = System.nanoTime();
        try {
            Files.createDirectories(directory);
            boolean fresh = !Files.exists(directory.resolve("PG_VERSION"));
            if (!fresh) {
                OrphanedPostmaster.stopIfRunning(directory); // a server killed with SIGKILL left it running
            }
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(false)
                    .setPort(freePort())
                    // zonky's test-oriented default is "off": a crash could drop committed work.
                    .setServerConfig("synchronous_commit", "on")
                    .start();
            createDatabaseIfMissing(postgres);
            String url = postgres.getJdbcUrl("postgres", DATABASE);
            // System properties outrank application.properties and the environment.
            System.setProperty("quarkus.datasource.jdbc.url", url);
            System.setProperty("quarkus.datasource.username", "postgres");
            System.setProperty("quarkus.datasource.password", "postgres");
            LOG.infof("embedded PostgreSQL %s on port %d, data in %s (%d ms)", fresh ? "initialised" : "started",
                    postgres.getPort(), directory, (System.nanoTime() - started) / 1_000_000);
            return new EmbeddedDatabase(postgres);
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL could not start in " + directory
                    + " (another running server may hold it, or its postmaster.pid names a live process that is not"
                    + " PostgreSQL: see docs/operations.md)", e);
        }
    }

    public int port() {
        return postgres.getPort();
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            postgres.close();
            LOG.info("embedded PostgreSQL stopped");
        } catch (IOException e) {
            LOG.warn("embedded PostgreSQL did not stop cleanly", e);
        }
    }

    private static boolean externalDatabaseConfigured() {
        String env = System.getenv("DB_URL");
        return (env != null && !env.isBlank()) || System.getProperty("quarkus.datasource.jdbc.url") != null;
    }

    private static void createDatabaseIfMissing(EmbeddedPostgres postgres) throws IOException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             PreparedStatement exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, DATABASE);
            try (ResultSet row = exists.executeQuery()) {
                if (!row.next()) {
                    try (Statement create = connection.createStatement()) {
                        create.execute("create database " + DATABASE);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IOException("could not create database " + DATABASE, e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
