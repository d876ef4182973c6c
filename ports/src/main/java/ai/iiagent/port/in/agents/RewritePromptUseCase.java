package ai.iiagent.port.in.agents;

import ai.iiagent.domain.credits.InsufficientCreditsException;

/**
 * Rewrites a prompt into a clearer one with one model call, billed like every model call (held,
 * then settled at its usage), and answers with the result; the socket's {@code enhance_prompt}
 * does the same call inside a session.
 *
 * @throws InsufficientCreditsException when the balance cannot hold the call
 */
public interface RewritePromptUseCase {

    RewrittenPrompt rewrite(RewritePrompt command);
}
