package ai.iiagent.port.out.sessions;

import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.sessions.SessionPlan;
import java.time.Instant;

/** The current plan of each session (one per session; saving replaces it, atomically). */
public interface SessionPlanRepository {

    void save(SessionId sessionId, SessionPlan plan, Instant at);
}
