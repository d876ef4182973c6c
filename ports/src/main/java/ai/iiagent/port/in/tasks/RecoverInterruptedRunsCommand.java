package ai.iiagent.port.in.tasks;

import java.time.Duration;
import java.util.Objects;

/**
 * Only runs unchanged for longer than {@code grace} are taken as orphaned (0 on a single node;
 * with several nodes, more than the runtime's heartbeat so live runs elsewhere are left alone).
 */
public record RecoverInterruptedRunsCommand(Duration grace) {

    public RecoverInterruptedRunsCommand {
        Objects.requireNonNull(grace, "grace");
    }
}
