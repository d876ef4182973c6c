package ai.iiagent.port.in.agents;

import ai.iiagent.domain.sessions.SessionNotFoundException;
import ai.iiagent.domain.tasks.RunNotFoundException;
import ai.iiagent.domain.tasks.RunId;

/**
 * Resumes a paused run with the user's answer to the question it asked (a selection or environment variables).
 *
 * @throws SessionNotFoundException unless the caller owns the session
 * @throws RunNotFoundException when no paused run waits for that answer
 */
public interface AnswerUserUseCase {

    /** @return the run started or resumed */
    RunId answer(AnswerUser command);
}
