package ai.iiagent.port.in.tasks;

import java.util.Objects;

/**
 * Fail the runs no living node drives (their lease lapsed). {@code trigger} says who asks
 * (start-up, the stale-run job) and goes to each run's audit log.
 */
public record RecoverInterruptedRunsCommand(String trigger) {

    public RecoverInterruptedRunsCommand {
        Objects.requireNonNull(trigger, "trigger");
    }
}
