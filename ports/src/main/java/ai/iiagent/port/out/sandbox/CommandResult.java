package ai.iiagent.port.out.sandbox;

import java.time.Duration;
import java.util.Objects;

/**
 * What a command did.
 *
 * @param exitCode        the process exit code (meaningless when {@code timedOut})
 * @param stdout          standard output, at most the requested limit of bytes (UTF-8 decoded)
 * @param stderr          standard error, likewise
 * @param outputTruncated whether stdout or stderr produced more than the limit
 * @param timedOut        whether the wall-clock timeout killed the command
 * @param duration        wall-clock time from start to exit (or kill)
 */
public record CommandResult(int exitCode, String stdout, String stderr, boolean outputTruncated, boolean timedOut,
                            Duration duration) {

    public CommandResult {
        Objects.requireNonNull(stdout, "stdout");
        Objects.requireNonNull(stderr, "stderr");
        Objects.requireNonNull(duration, "duration");
    }

    /** Whether the command finished in time with exit code 0. */
    public boolean succeeded() {
        return !timedOut && exitCode == 0;
    }
}
