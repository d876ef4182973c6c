package ai.iiagent.service.metering.sandbox;

import ai.iiagent.domain.sandboxes.Sandbox;
import ai.iiagent.domain.sandboxes.Terminal;
import ai.iiagent.domain.sandboxes.TerminalListener;
import ai.iiagent.domain.sandboxes.TerminalSize;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.port.out.sandbox.SandboxTerminalPort;

/**
 * The provider's interactive terminals behind the lifecycle: a terminal opens only into a sandbox
 * that already exists (resumed when paused, as {@code awake_sandbox} would), in the workspace that
 * serves the session (a {@code share} fork's parent's).
 */
public final class LifecycleTerminals {

    private final SandboxLifecycle lifecycle;
    private final SandboxTerminalPort terminals;

    public LifecycleTerminals(SandboxLifecycle lifecycle, SandboxTerminalPort terminals) {
        this.lifecycle = lifecycle;
        this.terminals = terminals;
    }

    /** @throws ai.iiagent.domain.shared.NotFoundException {@code sandbox_not_found} when the session has no sandbox yet */
    public Terminal open(SessionId sessionId, TerminalSize size, TerminalListener listener) {
        Sandbox sandbox = lifecycle.existing(sessionId);
        return terminals.open(sandbox.sessionId(), size, listener);
    }
}
