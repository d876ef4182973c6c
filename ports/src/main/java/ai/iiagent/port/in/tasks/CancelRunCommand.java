package ai.iiagent.port.in.tasks;

import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.users.Identity;
import java.util.Objects;

/** The owner stops the session's current run ({@code cancel}). */
public record CancelRunCommand(Identity owner, SessionId sessionId) {

    public CancelRunCommand {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(sessionId, "sessionId");
    }
}
