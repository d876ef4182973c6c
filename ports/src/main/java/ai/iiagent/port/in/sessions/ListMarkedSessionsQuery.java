package ai.iiagent.port.in.sessions;

import ai.iiagent.domain.sessions.MarkKind;
import ai.iiagent.domain.users.Identity;
import java.util.Objects;

/** Whose list, and which one. */
public record ListMarkedSessionsQuery(Identity owner, MarkKind kind) {

    public ListMarkedSessionsQuery {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(kind, "kind");
    }
}
