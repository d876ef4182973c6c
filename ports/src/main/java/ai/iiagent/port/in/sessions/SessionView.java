package ai.iiagent.port.in.sessions;

import ai.iiagent.domain.sessions.Session;
import ai.iiagent.domain.sessions.SessionPlan;
import java.util.Objects;
import java.util.UUID;

/**
 * A session read together with its stored plan ({@code plan} is null when it has none) and its
 * project ({@code projectId} is null when it has none).
 */
public record SessionView(Session session, SessionPlan plan, UUID projectId) {

    public SessionView {
        Objects.requireNonNull(session, "session");
    }

    /** A session without a project. */
    public SessionView(Session session, SessionPlan plan) {
        this(session, plan, null);
    }
}
