package ai.iiagent.port.in.sessions;

import ai.iiagent.domain.sessions.Session;
import java.util.Objects;

/** The session a connection joined; {@code owner} false means a watcher of a public session (read only). */
public record JoinedSession(Session session, boolean owner) {

    public JoinedSession {
        Objects.requireNonNull(session, "session");
    }
}
