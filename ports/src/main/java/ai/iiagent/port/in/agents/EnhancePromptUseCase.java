package ai.iiagent.port.in.agents;

import ai.iiagent.domain.sessions.SessionNotFoundException;

/**
 * Rewrites a prompt ({@code enhance_prompt}); the result arrives as {@code agent.prompt.generated}, a failure as {@code system.error}.
 *
 * @throws SessionNotFoundException unless the caller owns the session
 */
public interface EnhancePromptUseCase {

    void enhance(EnhancePrompt command);
}
