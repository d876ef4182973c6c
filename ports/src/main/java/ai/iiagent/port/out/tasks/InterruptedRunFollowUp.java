package ai.iiagent.port.out.tasks;

import ai.iiagent.domain.tasks.RunTask;

/**
 * What other features tidy once recovery has failed a run a dead process left behind: the tool
 * calls it left unanswered (providers refuse a history with one) and the credits it still holds.
 * Called after the run's failure is committed; a failure here is logged and does not undo it.
 */
@FunctionalInterface
public interface InterruptedRunFollowUp {

    InterruptedRunFollowUp NOTHING = run -> { };

    void interrupted(RunTask run);
}
