package ai.iiagent.port.out.sandbox;

import java.time.Duration;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One shell command to run in the workspace.
 *
 * @param command          a shell command line, run by {@code bash -c}
 * @param timeout          wall-clock limit; when it passes, the command and everything it started is killed
 * @param outputLimitBytes how many bytes of stdout and of stderr (each) are kept; the rest is dropped
 * @param environment      extra environment variables for the command (e.g. the session's saved secrets);
 *                         the sandbox's own variables ({@code PATH}, {@code HOME}, ...) win over them. Values
 *                         are secret: an implementation passes them without putting them on a command line,
 *                         and {@link #toString()} shows only the names
 */
public record CommandRequest(String command, Duration timeout, int outputLimitBytes, Map<String, String> environment) {

    public CommandRequest(String command, Duration timeout, int outputLimitBytes) {
        this(command, timeout, outputLimitBytes, Map.of());
    }

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
        environment = environment == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(environment));
    }

    @Override
    public String toString() {
        return "CommandRequest[" + command + ", " + timeout + ", " + outputLimitBytes + " bytes, env "
                + environment.keySet() + "]";
    }
}
