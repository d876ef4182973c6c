package ai.iiagent.port.out.sandbox;

import java.time.Duration;
import java.util.Objects;

/**
 * One shell command to run in the workspace.
 *
 * @param command          a shell command line, run by {@code bash -c}
 * @param timeout          wall-clock limit; when it passes, the command and everything it started is killed
 * @param outputLimitBytes how many bytes of stdout and of stderr (each) are kept; the rest is dropped
 */
public record CommandRequest(String command, Duration timeout, int outputLimitBytes) {

    public CommandRequest {
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(timeout, "timeout");
        if (command.isBlank()) {
            throw new IllegalArgumentException("a command is not blank");
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("a timeout is positive");
        }
        if (outputLimitBytes < 0) {
            throw new IllegalArgumentException("an output limit is never negative");
        }
    }
}
