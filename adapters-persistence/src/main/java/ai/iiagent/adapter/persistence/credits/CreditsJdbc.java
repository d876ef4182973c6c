package ai.iiagent.adapter.persistence.credits;

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

/**
 * Plain JDBC on the ORM's connection (same transaction): the credits tables are written with
 * conditional updates and row locks and read with aggregates, which read best as SQL.
 */
@ApplicationScoped
public class CreditsJdbc {

    private final EntityManager entityManager;

    public CreditsJdbc(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    <T> List<T> query(String sql, Binder binder, RowMapper<T> mapper) {
        return session().doReturningWork(connection -> {
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

    int update(String sql, Binder binder) {
        return session().doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                binder.bind(statement);
                return statement.executeUpdate();
            }
        });
    }

    <T> void batch(String sql, List<T> rows, RowBinder<T> binder) {
        if (rows.isEmpty()) {
            return;
        }
        session().doWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (T row : rows) {
                    binder.bind(statement, row);
                    statement.addBatch();
                }
                statement.executeBatch();
            }
        });
    }

    static void setUuid(PreparedStatement statement, int index, UUID value) throws SQLException {
        statement.setObject(index, value, Types.OTHER);
    }

    static void setInstant(PreparedStatement statement, int index, Instant value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            statement.setTimestamp(index, Timestamp.from(value));
        }
    }

    static UUID uuid(ResultSet rows, String column) throws SQLException {
        return rows.getObject(column, UUID.class);
    }

    static Instant instant(ResultSet rows, String column) throws SQLException {
        OffsetDateTime value = rows.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private Session session() {
        return entityManager.unwrap(Session.class);
    }

    @FunctionalInterface
    interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    @FunctionalInterface
    interface RowBinder<T> {
        void bind(PreparedStatement statement, T row) throws SQLException;
    }

    @FunctionalInterface
    interface Work<T> {
        T run(java.sql.Connection connection) throws SQLException;
    }

    @FunctionalInterface
    interface RowMapper<T> {
        T map(ResultSet rows) throws SQLException;
    }
}
