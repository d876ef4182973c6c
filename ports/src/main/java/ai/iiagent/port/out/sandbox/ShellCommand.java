package ai.iiagent.port.out.sandbox;

import java.time.Duration;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A command for a named persistent shell.
 *
 * @param shellName     which shell of the session (started on first use)
 * @param command       shell input, run as if typed at the prompt (several lines allowed)
 * @param timeout       how long to wait; when it passes a still running command is interrupted
 * @param waitForOutput false to return right away and let the command go on (see its output with a view)
 * @param environment   variables (the session's saved secrets) exported in the shell before the command, so
 *                      they stay set for later commands too; never put on a command line or in the shell's
 *                      transcript, and {@link #toString()} shows only their names
 */
public record ShellCommand(String shellName, String command, Duration timeout, boolean waitForOutput,
                           Map<String, String> environment) {

    public ShellCommand(String shellName, String command, Duration timeout, boolean waitForOutput) {
        this(shellName, command, timeout, waitForOutput, Map.of());
    }

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
        environment = environment == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(environment));
    }

    @Override
    public String toString() {
        return "ShellCommand[" + shellName + ", " + command + ", " + timeout + ", env " + environment.keySet() + "]";
    }
}
