package ai.iiagent.port.in.sessions;

import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.users.Identity;
import java.util.Objects;

/** The first query the owner sent in the session. */
public record TitleSessionCommand(Identity owner, SessionId sessionId, String firstQuery) {

    public TitleSessionCommand {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(sessionId, "sessionId");
        firstQuery = firstQuery == null ? "" : firstQuery;
    }
}
