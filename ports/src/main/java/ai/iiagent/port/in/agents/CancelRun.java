package ai.iiagent.port.in.agents;

import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.users.Identity;
import java.util.Objects;

/** The owner stops the session's current run ({@code cancel}). */
public record CancelRun(Identity owner, SessionId sessionId) implements AgentCommand {

    public CancelRun {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(sessionId, "sessionId");
    }
}
