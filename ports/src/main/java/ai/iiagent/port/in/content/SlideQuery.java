package ai.iiagent.port.in.content;

import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.users.UserId;
import java.util.Objects;

/**
 * Which slide (or deck, when {@code slideNumber} is null; every deck when {@code presentationName} is
 * null too), read by whom: {@code caller} null is an anonymous reader, who sees only public sessions;
 * otherwise only the session's owner does (another user gets {@code session_not_found}).
 */
public record SlideQuery(UserId caller, SessionId sessionId, String presentationName, Integer slideNumber) {

    public SlideQuery {
        Objects.requireNonNull(sessionId, "sessionId");
    }
}
