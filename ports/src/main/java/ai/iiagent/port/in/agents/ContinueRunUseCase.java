package ai.iiagent.port.in.agents;

import ai.iiagent.domain.sessions.SessionNotFoundException;
import ai.iiagent.domain.tasks.RunNotFoundException;
import ai.iiagent.domain.tasks.RunId;

/**
 * Resumes a paused run with the user's approval or rejection ({@code continue_run}).
 *
 * @throws SessionNotFoundException unless the caller owns the session
 * @throws RunNotFoundException when no paused run with that id waits for an answer
 */
public interface ContinueRunUseCase {

    /** @return the run started or resumed */
    RunId continueRun(ContinueRun command);
}
