package ai.iiagent.port.in.tasks;

import ai.iiagent.domain.tasks.IllegalRunTransitionException;
import ai.iiagent.domain.tasks.RunTask;

/**
 * Moves a run along its state machine, logging the transition. A run that was asked to stop
 * meanwhile ({@code aborting}) ends as {@code cancelled} whatever the target, so a cancel is never
 * lost to a race with the runtime.
 *
 * @throws IllegalRunTransitionException for a move the machine forbids
 */
public interface MoveRunUseCase {

    /** @return the run as stored afterwards */
    RunTask move(MoveRunCommand command);
}
