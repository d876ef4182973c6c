package ai.iiagent.port.in.agents;

import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.users.Identity;
import java.util.Objects;

/**
 * {@code plan}: a planning run that stores a plan of milestones for the text.
 *
 * @param modelId   the model to use, or null for the user's default
 * @param agentType the agent type asked for, or null for the default (as sent)
 * @param buildMode the mode the client shows the message under, or null for {@code plan}
 */
public record StartPlan(Identity owner, SessionId sessionId, String text, String modelId, String agentType,
                        String buildMode) implements AgentCommand {

    public StartPlan {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(sessionId, "sessionId");
        text = AgentCommandText.required(text);
    }
}
