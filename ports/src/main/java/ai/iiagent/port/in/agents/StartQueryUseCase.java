package ai.iiagent.port.in.agents;

import ai.iiagent.domain.sessions.SessionNotFoundException;
import ai.iiagent.domain.tasks.RunAlreadyActiveException;
import ai.iiagent.domain.tasks.RunId;

/**
 * Starts an agent run on the user's text ({@code query}); its progress arrives as session events.
 *
 * @throws SessionNotFoundException unless the caller owns the session
 * @throws RunAlreadyActiveException when the session already has an active run
 */
public interface StartQueryUseCase {

    /** @return the run started or resumed */
    RunId startQuery(StartQuery command);
}
