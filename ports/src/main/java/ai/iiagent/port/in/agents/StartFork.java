package ai.iiagent.port.in.agents;

import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.users.Identity;
import java.util.Objects;

/**
 * {@code start_fork}: the first run of a forked session, from its fork info.
 *
 * @param text        an extra instruction, or null
 * @param modelId     the model to use, or null for the user's default
 * @param autoApprove run tools that need a confirmation without asking
 */
public record StartFork(Identity owner, SessionId sessionId, String text, String modelId, boolean autoApprove)
        implements AgentCommand {

    public StartFork {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(sessionId, "sessionId");
    }
}
