package ai.iiagent.port.out.sandbox;

import java.time.Instant;
import java.util.Objects;

/**
 * One shell of a session.
 *
 * @param name           the shell's name
 * @param state          what it is doing
 * @param runningCommand the command in progress when {@link ShellState#RUNNING}, else null
 * @param cwd            the working directory after the last finished command (null before the first)
 * @param lastExitCode   the exit status of the last finished command, or null
 * @param lastActivity   the last command, input or view (idle shells are closed after a while)
 */
public record ShellInfo(String name, ShellState state, String runningCommand, String cwd, Integer lastExitCode,
                        Instant lastActivity) {

    public ShellInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(lastActivity, "lastActivity");
    }
}
