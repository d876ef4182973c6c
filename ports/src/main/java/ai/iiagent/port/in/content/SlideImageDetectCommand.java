package ai.iiagent.port.in.content;

import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.users.UserId;
import java.util.Objects;

/** Find the components of an image slide's picture, optionally on a named provider's detector. */
public record SlideImageDetectCommand(UserId owner, SessionId sessionId, String presentationName, Integer slideNumber,
                                      String provider) {

    public SlideImageDetectCommand {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(sessionId, "sessionId");
    }
}
