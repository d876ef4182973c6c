package ai.iiagent.port.in.content;

import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.users.UserId;
import java.util.Objects;

/** Make an older version of a slide its newest again (as a new version). */
public record RevertSlideCommand(UserId owner, SessionId sessionId, String presentationName, int slideNumber, int version) {

    public RevertSlideCommand {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(sessionId, "sessionId");
    }
}
