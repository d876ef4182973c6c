package ai.iiagent.port.in.sessions;

import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.users.Identity;
import java.util.Objects;

/** A live connection joining a session; no {@code sessionId} starts a new one for the caller. */
public record JoinSessionCommand(Identity caller, SessionId sessionId) {

    public JoinSessionCommand {
        Objects.requireNonNull(caller, "caller");
    }
}
