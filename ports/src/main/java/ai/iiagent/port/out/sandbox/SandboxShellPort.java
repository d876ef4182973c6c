package ai.iiagent.port.out.sandbox;

import ai.iiagent.domain.credits.CreditReservation;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.port.out.NotBillable;
import java.util.List;

/**
 * Persistent named shells in a session's sandbox: a shell keeps its working directory, variables
 * and background processes between calls until it exits, idles out or the sandbox is destroyed.
 * Billable like {@link SandboxPort}: calls that run something take the {@link CreditReservation}
 * that pays for them; reads of what a shell printed are {@link NotBillable}.
 *
 * <p>A shell runs one command at a time. Shell names are 1-64 characters of letters, digits,
 * {@code _ . -} ({@code invalid_shell_name} otherwise). Errors: {@code sandbox_shell_busy} (a
 * command is still running in that shell), {@code sandbox_shell_not_found},
 * {@code sandbox_shell_limit} (too many shells in the session), {@code sandbox_unavailable}.
 */
public interface SandboxShellPort {

    /**
     * Runs a command in the named shell, starting the shell (in the workspace root) first if it does
     * not exist or has exited. With {@link ShellCommand#waitForOutput()} it waits until the command
     * ends or its timeout passes; a command still running at the timeout is interrupted and the
     * shell stays usable. Without, it returns after a short settle with what was printed so far.
     */
    ShellOutput run(SessionId sessionId, ShellCommand command, CreditReservation reservation);

    /**
     * Sends input to whatever runs in the shell (answers a prompt), optionally followed by Enter,
     * and returns what was printed after it once output settles or the command ends.
     * {@code "\u0003"} interrupts the running command (Ctrl-C).
     */
    ShellOutput write(SessionId sessionId, String shellName, String input, boolean pressEnter,
                      CreditReservation reservation);

    /** The latest output of a shell (the tail its buffer holds), without running anything. */
    @NotBillable("reads a buffer this side of the sandbox")
    ShellOutput view(SessionId sessionId, String shellName);

    /** The session's shells, by name. */
    @NotBillable("reads bookkeeping this side of the sandbox")
    List<ShellInfo> list(SessionId sessionId);

    /** Kills every shell of the session and whatever they started; a no-op when there are none. */
    @NotBillable("releasing shells uses nothing, and cleanup must work when the user has no credits left")
    void closeAll(SessionId sessionId);
}
