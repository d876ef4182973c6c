package ai.iiagent.port.in.tasks;

/**
 * Marks runs that a dead process left pending, running or aborting as failed, and tells their
 * sessions with an {@code agent.response.interrupted} event, so the sessions are usable again.
 */
public interface RecoverInterruptedRunsUseCase {

    /** @return how many runs were recovered */
    int recover(RecoverInterruptedRunsCommand command);
}
