package ai.iiagent.adapter.persistence.sessions;

import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.sessions.events.NewSessionEvent;
import ai.iiagent.domain.sessions.events.SessionEvent;
import ai.iiagent.port.out.sessions.SessionEventRepository;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import io.agroal.api.AgroalDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@link SessionEventRepository} on PostgreSQL. An append is one statement: an upsert on the
 * session's counter row reserves a block of seqs (its row lock orders concurrent writers, so seqs
 * stay gap-free and in commit order per session) and the events go in with it as one multi-row
 * insert from arrays ({@code unnest}), in the caller's transaction, without the ORM: on the connection the
 * pool has enlisted in that transaction, so a transaction that only appends events opens no ORM session.
 * Without a caller's transaction the one statement runs on an auto-commit connection: it is its own
 * transaction, so no JTA transaction is begun for it.
 */
@Singleton // on every stored event's path: no client proxy
public class SessionEventPersistenceAdapter implements SessionEventRepository {

    private static final String RESERVE_SEQS = """
            insert into session_event_counters (session_id, last_seq) values (?1, ?2)
            on conflict (session_id) do update set last_seq = session_event_counters.last_seq + excluded.last_seq
            returning last_seq""";

    private static final String APPEND = """
            with reserved as (
                insert into session_event_counters (session_id, last_seq) values (?, ?)
                on conflict (session_id) do update set last_seq = session_event_counters.last_seq + excluded.last_seq
                returning last_seq),
            stored as (
                insert into application_events (id, session_id, seq, event_type, event_group, run_id, internal, content,
                                                created_at)
                select e.id, ?, reserved.last_seq - ? + e.n, e.event_type, e.event_group, e.run_id, e.internal,
                       cast(e.content as jsonb), e.created_at
                  from reserved,
                       unnest(?::uuid[], ?::text[], ?::text[], ?::uuid[], ?::boolean[], ?::text[], ?::timestamptz[])
                           with ordinality as e (id, event_type, event_group, run_id, internal, content, created_at, n))
            select last_seq from reserved""";

    /** {@link #APPEND} for one event (most appends): plain parameters, no arrays to encode and unpack. */
    private static final String APPEND_ONE = """
            with reserved as (
                insert into session_event_counters (session_id, last_seq) values (?, 1)
                on conflict (session_id) do update set last_seq = session_event_counters.last_seq + 1
                returning last_seq)
            insert into application_events (id, session_id, seq, event_type, event_group, run_id, internal, content,
                                            created_at)
            select ?, ?, reserved.last_seq, ?, ?, ?, ?, cast(? as jsonb), ?::timestamptz from reserved
            returning seq""";

    private static final String LATEST_SEQ = "select last_seq from session_event_counters where session_id = ?";

    private static final TypeReference<Map<String, Object>> CONTENT = new TypeReference<>() {
    };

    private final EntityManager entityManager;
    private final SessionPersistenceMapper mapper;
    private final ObjectMapper json;
    private final AgroalDataSource dataSource;

    public SessionEventPersistenceAdapter(EntityManager entityManager, SessionPersistenceMapper mapper,
                                          ObjectMapper json, AgroalDataSource dataSource) {
        this.entityManager = entityManager;
        this.mapper = mapper;
        this.json = json;
        this.dataSource = dataSource;
    }

    // No @Transactional: inside a caller's transaction the pool answers with its enlisted connection;
    // outside one, an auto-commit connection makes the single statement atomic on its own.
    @Override
    public List<SessionEvent> append(SessionId sessionId, List<NewSessionEvent> events) {
        if (events.isEmpty()) {
            return List.of();
        }
        if (events.size() == 1) {
            return List.of(appendOne(sessionId, events.getFirst()));
        }
        int n = events.size();
        Object[] ids = new Object[n];
        Object[] types = new Object[n];
        Object[] groups = new Object[n];
        Object[] runs = new Object[n];
        Object[] internals = new Object[n];
        Object[] contents = new Object[n];
        Object[] times = new Object[n];
        for (int i = 0; i < n; i++) {
            ApplicationEventEntity row = mapper.toRow(events.get(i).at(i + 1), write(events.get(i).content()));
            ids[i] = row.id;
            types[i] = row.eventType;
            groups[i] = row.eventGroup;
            runs[i] = row.runId;
            internals[i] = row.internal;
            contents[i] = row.content;
            times[i] = Timestamp.from(row.createdAt);
        }
        long last;
        // The transaction's own connection if there is one (the pool hands out the one enlisted in it and
        // defers closing it), else an auto-commit one.
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(APPEND)) {
            statement.setObject(1, sessionId.value());
            statement.setLong(2, n);
            statement.setObject(3, sessionId.value());
            statement.setLong(4, n);
            statement.setArray(5, connection.createArrayOf("uuid", ids));
            statement.setArray(6, connection.createArrayOf("text", types));
            statement.setArray(7, connection.createArrayOf("text", groups));
            statement.setArray(8, connection.createArrayOf("uuid", runs));
            statement.setArray(9, connection.createArrayOf("bool", internals));
            statement.setArray(10, connection.createArrayOf("text", contents));
            statement.setArray(11, connection.createArrayOf("timestamptz", times));
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                last = rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("appending events failed: " + e.getMessage(), e);
        }
        long seq = last - n;
        List<SessionEvent> stored = new ArrayList<>(n);
        for (NewSessionEvent event : events) {
            stored.add(event.at(++seq));
        }
        return stored;
    }

    private SessionEvent appendOne(SessionId sessionId, NewSessionEvent event) {
        ApplicationEventEntity row = mapper.toRow(event.at(1), write(event.content()));
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(APPEND_ONE)) {
            statement.setObject(1, sessionId.value());
            statement.setObject(2, row.id);
            statement.setObject(3, sessionId.value());
            statement.setString(4, row.eventType);
            statement.setString(5, row.eventGroup);
            statement.setObject(6, row.runId, Types.OTHER);
            statement.setBoolean(7, row.internal);
            statement.setString(8, row.content);
            statement.setTimestamp(9, Timestamp.from(row.createdAt));
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return event.at(rows.getLong(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("appending events failed: " + e.getMessage(), e);
        }
    }

    /**
     * The append as it was before issue #25 (an upsert, then one ORM insert per event in a JDBC batch);
     * kept only so {@code EventLogThroughputBenchmark} measures before and after in the same run.
     */
    @Transactional
    List<SessionEvent> appendThroughOrm(SessionId sessionId, List<NewSessionEvent> events) {
        if (events.isEmpty()) {
            return List.of();
        }
        long last = ((Number) entityManager.createNativeQuery(RESERVE_SEQS)
                .setParameter(1, sessionId.value()).setParameter(2, events.size()).getSingleResult()).longValue();
        long seq = last - events.size();
        List<SessionEvent> stored = new ArrayList<>(events.size());
        for (NewSessionEvent event : events) {
            SessionEvent withSeq = event.at(++seq);
            entityManager.persist(mapper.toRow(withSeq, write(withSeq.content())));
            stored.add(withSeq);
        }
        entityManager.flush();
        return stored;
    }

    @Override
    @Transactional
    public List<SessionEvent> findAfter(SessionId sessionId, long afterSeq, int limit, boolean includeInternal) {
        String where = "sessionId = :session and seq > :after" + (includeInternal ? "" : " and internal = false");
        return ApplicationEventEntity.<ApplicationEventEntity>find(where, Sort.ascending("seq"),
                        Parameters.with("session", sessionId.value()).and("after", afterSeq))
                .range(0, limit - 1).list().stream().map(row -> mapper.toDomain(row, read(row.content))).toList();
    }

    private String write(Map<String, Object> content) {
        try {
            return json.writeValueAsString(content);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event content is not JSON-compatible", e);
        }
    }

    private Map<String, Object> read(String content) {
        try {
            return json.readValue(content, CONTENT);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored event content is not valid JSON", e);
        }
    }

    @Override
    public long latestSeq(SessionId sessionId) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(LATEST_SEQ)) {
            statement.setObject(1, sessionId.value());
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getLong(1) : 0L;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading the latest seq failed: " + e.getMessage(), e);
        }
    }
}
