package ai.iiagent.service.sandboxes;

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
        return new Typed(terminals.open(sandbox.sessionId(), size, listener), sandbox.sessionId());
    }

    // Typing in a terminal is use of the sandbox: it keeps idle pausing away (one record update a minute at most).
    private final class Typed implements Terminal {

        private static final long TOUCH_EVERY_NANOS = 60_000_000_000L;
        private final Terminal terminal;
        private final SessionId owner;
        private volatile long touchedAt = System.nanoTime() - TOUCH_EVERY_NANOS; // the first keystroke counts

        Typed(Terminal terminal, SessionId owner) {
            this.terminal = terminal;
            this.owner = owner;
        }

        @Override
        public void input(String data) {
            terminal.input(data);
            long now = System.nanoTime();
            if (now - touchedAt >= TOUCH_EVERY_NANOS) {
                touchedAt = now;
                lifecycle.touched(owner);
            }
        }

        @Override
        public void resize(TerminalSize size) {
            terminal.resize(size);
        }

        @Override
        public void close() {
            terminal.close();
        }
    }
}
