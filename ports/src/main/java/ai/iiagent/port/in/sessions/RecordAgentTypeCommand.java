package ai.iiagent.port.in.sessions;

import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.users.Identity;
import java.util.Objects;

/** The agent type a session's runs use from now on (already checked against the catalogue by the caller). */
public record RecordAgentTypeCommand(Identity owner, SessionId sessionId, String agentType) {

    public RecordAgentTypeCommand {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(agentType, "agentType");
    }
}
