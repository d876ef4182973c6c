package ai.iiagent.bootstrap.wiring;

import ai.iiagent.domain.sandboxes.Terminal;
import ai.iiagent.domain.sandboxes.TerminalListener;
import ai.iiagent.domain.sandboxes.TerminalSize;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.shared.ServiceUnavailableException;
import ai.iiagent.port.out.sandbox.SandboxErrors;
import ai.iiagent.port.out.sandbox.SandboxTerminalPort;

/** For a sandbox kind without interactive terminals: says so ({@code sandbox_unavailable}). */
final class UnsupportedTerminals implements SandboxTerminalPort {

    @Override
    public Terminal open(SessionId sessionId, TerminalSize size, TerminalListener listener) {
        throw new ServiceUnavailableException(SandboxErrors.UNAVAILABLE,
                "interactive terminals are only available with the local sandbox so far");
    }

    @Override
    public void closeAll(SessionId sessionId) {
        // nothing is ever open
    }
}
