package ai.iiagent.port.in.agents;

import ai.iiagent.domain.sessions.SessionNotFoundException;
import ai.iiagent.domain.tasks.RunNotFoundException;
import ai.iiagent.domain.tasks.RunTask;

/**
 * Stops the session's latest run. A running run becomes {@code aborting} and its cancel signal is
 * raised for whichever node executes it, which then reports {@code agent.response.interrupted}; a
 * paused run has no process waiting on it, so it is cancelled at once and the event emitted here.
 *
 * @throws SessionNotFoundException unless the caller owns the session
 * @throws RunNotFoundException when the session has no running or paused run
 */
public interface CancelRunUseCase {

    /** @return the run in its new state */
    RunTask cancel(CancelRun command);
}
