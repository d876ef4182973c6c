package ai.iiagent.adapter.persistence;

import ai.iiagent.domain.shared.EncryptedSecret;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.Session;

/**
 * Plain JDBC on the ORM's connection, so a statement joins the caller's transaction. Each persistence
 * area extends it with a bean of its own (its tables, its Javadoc) instead of repeating these helpers.
 */
public abstract class OrmConnectionJdbc {

    private EntityManager entityManager;

    protected OrmConnectionJdbc(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** For the container's client proxies only (normal-scoped subclasses need a no-args constructor). */
    protected OrmConnectionJdbc() {
    }

    public <T> List<T> query(String sql, Binder binder, RowMapper<T> mapper) {
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                binder.bind(statement);
                try (ResultSet rows = statement.executeQuery()) {
                    List<T> result = new ArrayList<>();
                    while (rows.next()) {
                        result.add(mapper.map(rows));
                    }
                    return result;
                }
            }
        });
    }

    /** Runs an update; a unique-key violation is handed to {@code onDuplicate} (which throws) instead. */
    public int update(String sql, Binder binder, Runnable onDuplicate) {
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                binder.bind(statement);
                return statement.executeUpdate();
            } catch (SQLException e) {
                if (UNIQUE_VIOLATION.equals(e.getSQLState()) && onDuplicate != null) {
                    onDuplicate.run();
                }
                throw e;
            }
        });
    }

    public int update(String sql, Binder binder) {
        return update(sql, binder, null);
    }

    public static void setUuid(PreparedStatement statement, int index, UUID value) throws SQLException {
        statement.setObject(index, value, Types.OTHER);
    }

    public static void setInstant(PreparedStatement statement, int index, Instant value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            statement.setTimestamp(index, Timestamp.from(value));
        }
    }

    public static void setSecret(PreparedStatement statement, int index, EncryptedSecret value) throws SQLException {
        statement.setString(index, value == null ? null : value.toText());
    }

    public static UUID uuid(ResultSet rows, String column) throws SQLException {
        return rows.getObject(column, UUID.class);
    }

    public static Instant instant(ResultSet rows, String column) throws SQLException {
        OffsetDateTime value = rows.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    public static EncryptedSecret secret(ResultSet rows, String column) throws SQLException {
        String value = rows.getString(column);
        return value == null ? null : EncryptedSecret.parse(value);
    }

    private static final String UNIQUE_VIOLATION = "23505";

    /** Binds a statement's parameters. */
    @FunctionalInterface
    public interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    /** Maps the current row of a result set. */
    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet rows) throws SQLException;
    }
}
