package ai.iiagent.adapter.persistence.sessions;

import ai.iiagent.domain.sessions.Milestone;
import ai.iiagent.domain.sessions.MilestoneStatus;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.sessions.SessionPlan;
import ai.iiagent.port.out.sessions.SessionPlanRepository;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** {@link SessionPlanRepository}: the plan as one jsonb document per session, upserted; lists read in one query. */
@ApplicationScoped
public class SessionPlanPersistenceAdapter implements SessionPlanRepository {

    /** Stored shape, independent of the domain records' evolution. */
    record StoredPlan(String summary, List<StoredMilestone> milestones) {
    }

    record StoredMilestone(String id, String content, String status, String details, List<String> dependencies) {
    }

    private final EntityManager entityManager;
    private final ObjectMapper json;

    public SessionPlanPersistenceAdapter(EntityManager entityManager, ObjectMapper json) {
        this.entityManager = entityManager;
        this.json = json;
    }

    @Override
    @Transactional
    public void save(SessionId sessionId, SessionPlan plan, Instant at) {
        entityManager.createNativeQuery("""
                        insert into session_plans (session_id, plan, updated_at) values (?1, cast(?2 as jsonb), ?3)
                        on conflict (session_id) do update set plan = excluded.plan, updated_at = excluded.updated_at""")
                .setParameter(1, sessionId.value()).setParameter(2, write(plan)).setParameter(3, at).executeUpdate();
    }

    @Override
    @Transactional
    public Optional<SessionPlan> find(SessionId sessionId) {
        return findAll(List.of(sessionId)).values().stream().findFirst();
    }

    @Override
    @Transactional
    public Map<SessionId, SessionPlan> findAll(Collection<SessionId> sessionIds) {
        if (sessionIds.isEmpty()) {
            return Map.of();
        }
        List<?> rows = entityManager.createNativeQuery(
                        "select session_id, cast(plan as text) from session_plans where session_id in (?1)")
                .setParameter(1, sessionIds.stream().map(SessionId::value).toList()).getResultList();
        Map<SessionId, SessionPlan> plans = new HashMap<>();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            plans.put(new SessionId((UUID) columns[0]), read((String) columns[1]));
        }
        return plans;
    }

    private SessionPlan read(String stored) {
        try {
            StoredPlan plan = json.readValue(stored, StoredPlan.class);
            return new SessionPlan(plan.summary(), plan.milestones().stream()
                    .map(m -> new Milestone(m.id(), m.content(), MilestoneStatus.fromCode(m.status()), m.details(),
                            m.dependencies()))
                    .toList());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable stored plan", e);
        }
    }

    private String write(SessionPlan plan) {
        StoredPlan stored = new StoredPlan(plan.summary(), plan.milestones().stream()
                .map(m -> new StoredMilestone(m.id(), m.content(), m.status().code(), m.details(), m.dependencies()))
                .toList());
        try {
            return json.writeValueAsString(stored);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("plan not serialisable", e);
        }
    }

}
