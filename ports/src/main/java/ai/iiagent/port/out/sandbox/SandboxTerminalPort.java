package ai.iiagent.port.out.sandbox;

import ai.iiagent.domain.sandboxes.Terminal;
import ai.iiagent.domain.sandboxes.TerminalListener;
import ai.iiagent.domain.sandboxes.TerminalSize;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.port.out.NotBillable;

/**
 * Interactive terminals into a session's sandbox, for the person who owns the session (the
 * {@code pty_*} socket events). Only the sandbox lifecycle calls this, after making sure the sandbox
 * exists and runs: a terminal never creates one.
 */
public interface SandboxTerminalPort {

    /**
     * Starts an interactive shell on a pseudo-terminal of the given size in the session's workspace,
     * with the sandbox's limits and no network.
     *
     * @throws ai.iiagent.domain.shared.ServiceUnavailableException {@code sandbox_unavailable} when this
     *         kind of sandbox has no terminals
     */
    @NotBillable("the owner's own shell in a sandbox that exists and was paid for when it was created")
    Terminal open(SessionId sessionId, TerminalSize size, TerminalListener listener);

    /** Closes every terminal of the session (its sandbox is going away). */
    @NotBillable("closing frees resources")
    void closeAll(SessionId sessionId);
}
