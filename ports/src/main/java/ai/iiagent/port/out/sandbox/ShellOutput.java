package ai.iiagent.port.out.sandbox;

import java.util.Objects;

/**
 * What a shell printed (stdout and stderr interleaved as on a terminal), and its state afterwards.
 *
 * @param shellName the shell's name
 * @param state     the shell's state when this was taken
 * @param output    the command's output (or, for a view, the buffer's tail), UTF-8 decoded, {@code \n} line ends
 * @param truncated whether earlier output was dropped because the shell's buffer is bounded
 * @param exitCode  the command's exit status when it ended, else null
 * @param timedOut  whether the command was interrupted because its timeout passed
 */
public record ShellOutput(String shellName, ShellState state, String output, boolean truncated, Integer exitCode,
                          boolean timedOut) {

    public ShellOutput {
        Objects.requireNonNull(shellName, "shellName");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(output, "output");
    }
}
