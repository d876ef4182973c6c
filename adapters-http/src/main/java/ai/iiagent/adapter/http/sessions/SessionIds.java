package ai.iiagent.adapter.http.sessions;

import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.sessions.SessionNotFoundException;
import java.util.UUID;

/** Path ids: a malformed one names no session, so it gets the same 404 as an unknown one. */
public final class SessionIds {

    private static final SessionId NONE = new SessionId(new UUID(0, 0));

    private SessionIds() {
    }

    public static SessionId parse(String raw) {
        try {
            return new SessionId(UUID.fromString(raw));
        } catch (IllegalArgumentException | NullPointerException malformed) {
            throw new SessionNotFoundException(NONE);
        }
    }
}
