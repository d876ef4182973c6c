package ai.iiagent.adapter.persistence.projects;

import ai.iiagent.domain.projects.DatabaseRecords;
import ai.iiagent.domain.projects.DatabaseSchema;
import ai.iiagent.domain.projects.ProjectErrors;
import ai.iiagent.domain.projects.ProjectId;
import ai.iiagent.domain.shared.ServiceUnavailableException;
import ai.iiagent.domain.shared.ValidationException;
import ai.iiagent.port.out.projects.DatabaseLogin;
import ai.iiagent.port.out.projects.ProjectDatabaseProvisionerPort;
import java.net.URI;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The embedded provisioner: a database and a login role per project on the PostgreSQL the app uses,
 * created by an admin login (by default the app's own, which then needs CREATEDB and CREATEROLE;
 * embedded PostgreSQL's is a superuser). The role owns its database and nothing else; CONNECT on the
 * database is revoked from PUBLIC, so no other project's role (nor the app's ordinary users) can
 * connect to it. Names are derived from the project id ({@code proj_<32 hex>}), the password is 32
 * random bytes as hex: nothing a user chose ever reaches the DDL. Browsing connects as the project's
 * role, read-only, with a statement timeout.
 */
public final class PostgresProjectDatabases implements ProjectDatabaseProvisionerPort {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String RELATIONS = "n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm')";

    private final String adminUrl;
    private final String adminUser;
    private final String adminPassword;
    private final String host;
    private final int port;

    /**
     * @param adminUrl the JDBC URL of a database on the server ({@code jdbc:postgresql://host:port/db})
     */
    public PostgresProjectDatabases(String adminUrl, String adminUser, String adminPassword) {
        this.adminUrl = adminUrl;
        this.adminUser = adminUser;
        this.adminPassword = adminPassword;
        URI server = URI.create(adminUrl.substring("jdbc:".length()));
        this.host = server.getHost();
        this.port = server.getPort() < 0 ? 5432 : server.getPort();
    }

    @Override
    public String source() {
        return "embedded";
    }

    @Override
    public DatabaseLogin provision(ProjectId projectId) {
        String name = "proj_" + projectId.hex();
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String password = HexFormat.of().formatHex(secret);
        try (Connection admin = DriverManager.getConnection(adminUrl, adminUser, adminPassword);
             Statement ddl = admin.createStatement()) {
            admin.setAutoCommit(true); // CREATE DATABASE cannot run inside a transaction
            ddl.execute("CREATE ROLE " + quote(name) + " LOGIN PASSWORD '" + password + "' NOSUPERUSER NOCREATEDB"
                    + " NOCREATEROLE NOREPLICATION NOBYPASSRLS CONNECTION LIMIT 20");
            try {
                ddl.execute("GRANT " + quote(name) + " TO CURRENT_USER"); // CREATE DATABASE ... OWNER needs membership
                ddl.execute("CREATE DATABASE " + quote(name) + " OWNER " + quote(name));
                ddl.execute("REVOKE ALL ON DATABASE " + quote(name) + " FROM PUBLIC");
                ddl.execute("GRANT CONNECT, TEMPORARY ON DATABASE " + quote(name) + " TO " + quote(name));
            } catch (SQLException failed) {
                dropQuietly(ddl, name);
                throw failed;
            }
        } catch (SQLException e) {
            throw unavailable("could not create the project's database", e);
        }
        return new DatabaseLogin(host, port, name, name, password);
    }

    @Override
    public DatabaseSchema schema(DatabaseLogin login) {
        Map<String, List<DatabaseSchema.Column>> columns = new LinkedHashMap<>();
        Map<String, Long> estimates = new LinkedHashMap<>();
        try (Connection connection = connect(login);
             PreparedStatement query = connection.prepareStatement("SELECT c.relname, a.attname,"
                     + " format_type(a.atttypid, a.atttypmod), NOT a.attnotnull, c.reltuples FROM pg_class c"
                     + " JOIN pg_namespace n ON n.oid = c.relnamespace JOIN pg_attribute a ON a.attrelid = c.oid"
                     + " WHERE " + RELATIONS + " AND a.attnum > 0 AND NOT a.attisdropped ORDER BY c.relname, a.attnum");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                String table = rows.getString(1);
                columns.computeIfAbsent(table, t -> new ArrayList<>())
                        .add(new DatabaseSchema.Column(rows.getString(2), rows.getString(3), rows.getBoolean(4)));
                estimates.put(table, Math.max(0L, (long) rows.getDouble(5)));
            }
            connection.commit();
        } catch (SQLException e) {
            throw unavailable("could not read the project's database", e);
        }
        return new DatabaseSchema(columns.entrySet().stream()
                .map(table -> new DatabaseSchema.Table(table.getKey(), table.getValue(), estimates.get(table.getKey())))
                .toList());
    }

    @Override
    public DatabaseRecords records(DatabaseLogin login, String table, int limit, int offset) {
        try (Connection connection = connect(login)) {
            String found = null;
            try (PreparedStatement lookup = connection.prepareStatement("SELECT c.relname FROM pg_class c"
                    + " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE " + RELATIONS + " AND c.relname = ?")) {
                lookup.setString(1, table);
                try (ResultSet rows = lookup.executeQuery()) {
                    if (rows.next()) {
                        found = rows.getString(1);
                    }
                }
            }
            if (found == null) {
                connection.rollback();
                throw new ValidationException(ProjectErrors.INVALID_TABLE, "the project's database has no table named so");
            }
            String relation = "public." + quote(found); // a name from the catalogue, quoted: never the caller's text
            long total;
            try (Statement count = connection.createStatement();
                 ResultSet rows = count.executeQuery("SELECT count(*) FROM " + relation)) {
                rows.next();
                total = rows.getLong(1);
            }
            List<String> names = new ArrayList<>();
            List<Map<String, String>> page = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT * FROM " + relation + " LIMIT ? OFFSET ?")) {
                select.setInt(1, limit);
                select.setInt(2, offset);
                try (ResultSet rows = select.executeQuery()) {
                    ResultSetMetaData meta = rows.getMetaData();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        names.add(meta.getColumnName(i));
                    }
                    while (rows.next()) {
                        Map<String, String> row = new LinkedHashMap<>();
                        for (int i = 1; i <= names.size(); i++) {
                            row.put(names.get(i - 1), rows.getString(i));
                        }
                        page.add(row);
                    }
                }
            }
            connection.commit();
            return new DatabaseRecords(found, names, page, limit, offset, total);
        } catch (SQLException e) {
            throw unavailable("could not read the project's database", e);
        }
    }

    @Override
    public void drop(DatabaseLogin login) {
        try (Connection admin = DriverManager.getConnection(adminUrl, adminUser, adminPassword);
             Statement ddl = admin.createStatement()) {
            admin.setAutoCommit(true);
            dropQuietly(ddl, login.database());
        } catch (SQLException e) {
            throw unavailable("could not drop the project's database", e);
        }
    }

    private static void dropQuietly(Statement ddl, String name) throws SQLException {
        ddl.execute("DROP DATABASE IF EXISTS " + quote(name) + " WITH (FORCE)");
        ddl.execute("DROP ROLE IF EXISTS " + quote(name));
    }

    private Connection connect(DatabaseLogin login) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", login.role());
        properties.setProperty("password", login.password());
        properties.setProperty("options", "-c statement_timeout=5000 -c default_transaction_read_only=on");
        properties.setProperty("connectTimeout", "5");
        Connection connection = DriverManager.getConnection("jdbc:postgresql://" + login.host() + ":" + login.port() + "/"
                + login.database(), properties);
        connection.setAutoCommit(false);
        connection.setReadOnly(true);
        return connection;
    }

    /** An identifier in double quotes, embedded quotes doubled. */
    static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    private static ServiceUnavailableException unavailable(String what, SQLException cause) {
        ServiceUnavailableException failure = new ServiceUnavailableException(ProjectErrors.DATABASE_UNAVAILABLE,
                what + " (" + cause.getSQLState() + ")");
        failure.initCause(cause);
        return failure;
    }
}
