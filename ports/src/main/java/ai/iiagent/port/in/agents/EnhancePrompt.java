package ai.iiagent.port.in.agents;

import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.users.Identity;
import java.util.Objects;

/**
 * {@code enhance_prompt}: rewrite the user's text into a clearer prompt (one billed model call, no run).
 *
 * @param modelId the model to use, or null for the user's default
 */
public record EnhancePrompt(Identity owner, SessionId sessionId, String text, String modelId)
        implements AgentCommand {

    public EnhancePrompt {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(sessionId, "sessionId");
        text = AgentCommandText.required(text);
    }
}
