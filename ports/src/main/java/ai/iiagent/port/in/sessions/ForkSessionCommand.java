package ai.iiagent.port.in.sessions;

import ai.iiagent.domain.sessions.ForkRequest;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.users.Identity;
import java.util.Objects;

/** Fork one of the owner's sessions. */
public record ForkSessionCommand(Identity owner, SessionId parentId, ForkRequest request) {

    public ForkSessionCommand {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(parentId, "parentId");
        Objects.requireNonNull(request, "request");
    }
}
