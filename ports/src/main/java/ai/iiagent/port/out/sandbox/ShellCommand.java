package ai.iiagent.port.out.sandbox;

import java.time.Duration;
import java.util.Objects;

/**
 * A command for a named persistent shell.
 *
 * @param shellName     which shell of the session (started on first use)
 * @param command       shell input, run as if typed at the prompt (several lines allowed)
 * @param timeout       how long to wait; when it passes a still running command is interrupted
 * @param waitForOutput false to return right away and let the command go on (see its output with a view)
 */
public record ShellCommand(String shellName, String command, Duration timeout, boolean waitForOutput) {

    public ShellCommand {
        Objects.requireNonNull(shellName, "shellName");
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(timeout, "timeout");
        if (command.isBlank()) {
            throw new IllegalArgumentException("a command is not blank");
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("a timeout is positive");
        }
    }
}
