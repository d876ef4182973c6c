package ai.iiagent.port.out.sessions;

import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.sessions.SessionPlan;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * The current plan of each session (one per session; saving replaces it, atomically).
 * Contract: {@code SessionPlanRepositoryContractTest}.
 */
public interface SessionPlanRepository {

    void save(SessionId sessionId, SessionPlan plan, Instant at);

    /** The stored plan, empty when the session never had one. */
    Optional<SessionPlan> find(SessionId sessionId);

    /** The plans of those sessions that have one, in one read (for lists); absent keys have none. */
    Map<SessionId, SessionPlan> findAll(Collection<SessionId> sessionIds);
}
