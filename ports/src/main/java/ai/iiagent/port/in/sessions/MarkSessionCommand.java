package ai.iiagent.port.in.sessions;

import ai.iiagent.domain.sessions.MarkKind;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.users.Identity;
import java.util.Objects;

/** Add ({@code on = true}) or remove a mark. */
public record MarkSessionCommand(Identity owner, SessionId sessionId, MarkKind kind, boolean on) {

    public MarkSessionCommand {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(kind, "kind");
    }
}
