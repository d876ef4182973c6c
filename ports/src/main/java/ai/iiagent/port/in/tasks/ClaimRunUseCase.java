package ai.iiagent.port.in.tasks;

import ai.iiagent.domain.tasks.RunAlreadyActiveException;
import ai.iiagent.domain.tasks.RunTask;

/**
 * Creates a run already {@code running} (pending → running, both logged). Callers have checked
 * that the caller owns the session.
 *
 * @throws RunAlreadyActiveException when the session has an active run (one at a time)
 */
public interface ClaimRunUseCase {

    RunTask claim(ClaimRunCommand command);
}
