package ai.iiagent.port.out.sessions;

import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.sessions.SessionPlan;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** In-memory {@link SessionPlanRepository}. */
public class InMemorySessionPlanRepository implements SessionPlanRepository {

    private final Map<SessionId, SessionPlan> plans = new ConcurrentHashMap<>();

    @Override
    public void save(SessionId sessionId, SessionPlan plan, Instant at) {
        plans.put(sessionId, plan);
    }

    @Override
    public Optional<SessionPlan> find(SessionId sessionId) {
        return Optional.ofNullable(plans.get(sessionId));
    }

    @Override
    public Map<SessionId, SessionPlan> findAll(Collection<SessionId> sessionIds) {
        Map<SessionId, SessionPlan> found = new HashMap<>();
        sessionIds.forEach(id -> find(id).ifPresent(plan -> found.put(id, plan)));
        return found;
    }
}
