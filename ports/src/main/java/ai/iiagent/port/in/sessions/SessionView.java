package ai.iiagent.port.in.sessions;

import ai.iiagent.domain.sessions.Session;
import ai.iiagent.domain.sessions.SessionPlan;
import java.util.Objects;

/** A session read together with its stored plan ({@code plan} is null when it has none). */
public record SessionView(Session session, SessionPlan plan) {

    public SessionView {
        Objects.requireNonNull(session, "session");
    }
}
