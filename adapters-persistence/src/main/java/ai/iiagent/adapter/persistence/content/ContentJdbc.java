package ai.iiagent.adapter.persistence.content;

import jakarta.enterprise.context.ApplicationScoped;
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

/** Plain JDBC on the ORM's connection (same transaction) for the slide tables (and the storybook tables). */
@ApplicationScoped
public class ContentJdbc {

    private final EntityManager entityManager;

    public ContentJdbc(EntityManager entityManager) {
        this.entityManager = entityManager;
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
                if ("23505".equals(e.getSQLState()) && onDuplicate != null) {
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

    public static UUID uuid(ResultSet rows, String column) throws SQLException {
        return rows.getObject(column, UUID.class);
    }

    public static Instant instant(ResultSet rows, String column) throws SQLException {
        OffsetDateTime value = rows.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    @FunctionalInterface
    public interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet rows) throws SQLException;
    }
}
