package ai.iiagent.port.in.sessions;

import ai.iiagent.domain.users.Identity;
import ai.iiagent.domain.sessions.SessionId;
import java.util.Objects;

/** Which session, for whom ({@code caller} null = anonymous reader of a public session). */
public record SessionQuery(Identity caller, SessionId sessionId) {

    public SessionQuery {
        Objects.requireNonNull(sessionId, "sessionId");
    }
}
