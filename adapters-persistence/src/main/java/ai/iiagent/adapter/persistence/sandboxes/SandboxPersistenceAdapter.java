package ai.iiagent.adapter.persistence.sandboxes;

import ai.iiagent.domain.sandboxes.Sandbox;
import ai.iiagent.domain.sandboxes.SandboxId;
import ai.iiagent.domain.sandboxes.SandboxState;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.shared.ConflictException;
import ai.iiagent.domain.shared.ErrorCode;
import ai.iiagent.port.out.sandboxes.SandboxRepository;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.Session;

/** {@link SandboxRepository} on the {@code sandboxes} table (V14), plain JDBC on the ORM's connection. */
@ApplicationScoped
public class SandboxPersistenceAdapter implements SandboxRepository {

    private static final String COLUMNS = "id, session_id, provider, provider_sandbox_id, status, CAST(metadata AS text) AS metadata,"
            + " created_at, last_used_at, expires_at";
    private static final String ACTIVE = "status IN ('creating', 'running', 'paused')";
    private static final TypeReference<Map<String, String>> METADATA = new TypeReference<>() {
    };

    private final EntityManager entityManager;
    private final ObjectMapper json;

    public SandboxPersistenceAdapter(EntityManager entityManager, ObjectMapper json) {
        this.entityManager = entityManager;
        this.json = json;
    }

    @Override
    @Transactional
    public void insert(Sandbox sandbox) {
        // The partial unique index decides between concurrent creators without aborting the transaction.
        int inserted = update("""
                INSERT INTO sandboxes (id, session_id, provider, provider_sandbox_id, status, metadata, created_at,
                    last_used_at, expires_at)
                VALUES (?, ?, ?, ?, ?, CAST(? AS jsonb), ?, ?, ?)
                ON CONFLICT (session_id) WHERE""" + " " + ACTIVE + " DO NOTHING", statement -> {
            statement.setObject(1, sandbox.id().value(), Types.OTHER);
            statement.setObject(2, sandbox.sessionId().value(), Types.OTHER);
            statement.setString(3, sandbox.provider());
            statement.setString(4, sandbox.providerSandboxId());
            statement.setString(5, sandbox.state().code());
            statement.setString(6, write(sandbox.metadata()));
            statement.setTimestamp(7, Timestamp.from(sandbox.createdAt()));
            statement.setTimestamp(8, Timestamp.from(sandbox.lastUsedAt()));
            statement.setTimestamp(9, Timestamp.from(sandbox.expiresAt()));
        });
        if (inserted == 0) {
            throw new ConflictException(ErrorCode.of("sandbox_exists"), "the session already has a sandbox");
        }
    }

    @Override
    @Transactional
    public void update(Sandbox sandbox) {
        update("""
                UPDATE sandboxes SET provider_sandbox_id = ?, status = ?, metadata = CAST(? AS jsonb), last_used_at = ?,
                    expires_at = ? WHERE id = ?""", statement -> {
            statement.setString(1, sandbox.providerSandboxId());
            statement.setString(2, sandbox.state().code());
            statement.setString(3, write(sandbox.metadata()));
            statement.setTimestamp(4, Timestamp.from(sandbox.lastUsedAt()));
            statement.setTimestamp(5, Timestamp.from(sandbox.expiresAt()));
            statement.setObject(6, sandbox.id().value(), Types.OTHER);
        });
    }

    @Override
    @Transactional
    public Optional<Sandbox> findById(SandboxId id) {
        return query("SELECT " + COLUMNS + " FROM sandboxes WHERE id = ?",
                statement -> statement.setObject(1, id.value(), Types.OTHER)).stream().findFirst();
    }

    @Override
    @Transactional
    public Optional<Sandbox> findActive(SessionId sessionId) {
        return query("SELECT " + COLUMNS + " FROM sandboxes WHERE session_id = ? AND " + ACTIVE,
                statement -> statement.setObject(1, sessionId.value(), Types.OTHER)).stream().findFirst();
    }

    @Override
    @Transactional
    public List<Sandbox> findIdle(Instant usedBefore, int limit) {
        return query("SELECT " + COLUMNS + " FROM sandboxes WHERE status = 'running' AND last_used_at < ?"
                + " ORDER BY last_used_at, id LIMIT ?", statement -> {
            statement.setTimestamp(1, Timestamp.from(usedBefore));
            statement.setInt(2, limit);
        });
    }

    @Override
    @Transactional
    public List<Sandbox> findExpired(Instant now, int limit) {
        return query("SELECT " + COLUMNS + " FROM sandboxes WHERE " + ACTIVE + " AND expires_at <= ?"
                + " ORDER BY expires_at, id LIMIT ?", statement -> {
            statement.setTimestamp(1, Timestamp.from(now));
            statement.setInt(2, limit);
        });
    }

    @Override
    @Transactional
    public List<Sandbox> findOfGoneSessions(int limit) {
        return query("""
                SELECT b.id, b.session_id, b.provider, b.provider_sandbox_id, b.status, CAST(b.metadata AS text) AS metadata,
                    b.created_at, b.last_used_at, b.expires_at
                FROM sandboxes b LEFT JOIN sessions s ON s.id = b.session_id
                WHERE b.status IN ('creating', 'running', 'paused') AND (s.id IS NULL OR s.is_deleted)
                ORDER BY b.created_at, b.id LIMIT ?""",
                statement -> statement.setInt(1, limit));
    }

    private Sandbox map(ResultSet rows) throws SQLException {
        return new Sandbox(new SandboxId(rows.getObject("id", UUID.class)),
                new SessionId(rows.getObject("session_id", UUID.class)), rows.getString("provider"),
                rows.getString("provider_sandbox_id"), SandboxState.fromCode(rows.getString("status")),
                instant(rows, "created_at"), instant(rows, "last_used_at"), instant(rows, "expires_at"),
                read(rows.getString("metadata")));
    }

    private static Instant instant(ResultSet rows, String column) throws SQLException {
        return rows.getObject(column, OffsetDateTime.class).toInstant();
    }

    private String write(Map<String, String> metadata) {
        try {
            return json.writeValueAsString(metadata);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("sandbox metadata is not JSON-compatible", e);
        }
    }

    private Map<String, String> read(String metadata) {
        try {
            return json.readValue(metadata, METADATA);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored sandbox metadata is not a JSON object of strings", e);
        }
    }

    private List<Sandbox> query(String sql, Binder binder) {
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                binder.bind(statement);
                try (ResultSet rows = statement.executeQuery()) {
                    List<Sandbox> result = new ArrayList<>();
                    while (rows.next()) {
                        result.add(map(rows));
                    }
                    return result;
                }
            }
        });
    }

    private int update(String sql, Binder binder) {
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                binder.bind(statement);
                return statement.executeUpdate();
            }
        });
    }

    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }
}
