package ai.iiagent.port.in.agents;

import ai.iiagent.domain.sessions.SessionNotFoundException;
import ai.iiagent.domain.tasks.RunAlreadyActiveException;
import ai.iiagent.domain.tasks.RunId;

/**
 * Starts the first run of a forked session ({@code start_fork}); a session that is not a fork is refused ({@code invalid_fork_session}).
 *
 * @throws SessionNotFoundException unless the caller owns the session
 * @throws RunAlreadyActiveException when the session already has an active run
 */
public interface StartForkUseCase {

    /** @return the run started or resumed */
    RunId startFork(StartFork command);
}
