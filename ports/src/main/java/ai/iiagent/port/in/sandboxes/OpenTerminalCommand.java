package ai.iiagent.port.in.sandboxes;

import ai.iiagent.domain.sandboxes.TerminalListener;
import ai.iiagent.domain.sandboxes.TerminalSize;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.users.Identity;
import java.util.Objects;

/** Open a terminal into the session's sandbox; its output goes to {@code listener}. */
public record OpenTerminalCommand(Identity caller, SessionId sessionId, TerminalSize size, TerminalListener listener) {

    public OpenTerminalCommand {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(size, "size");
        Objects.requireNonNull(listener, "listener");
    }
}
