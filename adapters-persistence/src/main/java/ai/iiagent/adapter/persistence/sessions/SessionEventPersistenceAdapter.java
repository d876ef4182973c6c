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
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@link SessionEventRepository} on PostgreSQL. One upsert on the session's counter row reserves a
 * block of seqs (its row lock orders concurrent writers); the events then go in as one JDBC batch.
 */
@ApplicationScoped
public class SessionEventPersistenceAdapter implements SessionEventRepository {

    private static final String RESERVE_SEQS = """
            insert into session_event_counters (session_id, last_seq) values (?1, ?2)
            on conflict (session_id) do update set last_seq = session_event_counters.last_seq + excluded.last_seq
            returning last_seq""";

    private static final TypeReference<Map<String, Object>> CONTENT = new TypeReference<>() {
    };

    private final EntityManager entityManager;
    private final SessionPersistenceMapper mapper;
    private final ObjectMapper json;

    public SessionEventPersistenceAdapter(EntityManager entityManager, SessionPersistenceMapper mapper,
                                          ObjectMapper json) {
        this.entityManager = entityManager;
        this.mapper = mapper;
        this.json = json;
    }

    @Override
    @Transactional
    public List<SessionEvent> append(SessionId sessionId, List<NewSessionEvent> events) {
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
    @Transactional
    public long latestSeq(SessionId sessionId) {
        Object last = entityManager.createNativeQuery("select last_seq from session_event_counters where session_id = ?1")
                .setParameter(1, sessionId.value()).getResultStream().findFirst().orElse(0L);
        return ((Number) last).longValue();
    }
}
