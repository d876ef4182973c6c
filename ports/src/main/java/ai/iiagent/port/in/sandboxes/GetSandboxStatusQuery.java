package ai.iiagent.port.in.sandboxes;

import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.users.Identity;
import java.util.Objects;

/** The owner asks for their session's sandbox state. */
public record GetSandboxStatusQuery(Identity caller, SessionId sessionId) {

    public GetSandboxStatusQuery {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(sessionId, "sessionId");
    }
}
