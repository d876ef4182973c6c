package ai.iiagent.port.in.files;

import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.users.Identity;
import java.util.Objects;

/** Whose session, which one. */
public record ListSessionFilesQuery(Identity owner, SessionId sessionId) {

    public ListSessionFilesQuery {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(sessionId, "sessionId");
    }
}
