package ai.iiagent.port.in.content;

import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.users.UserId;
import java.util.Objects;

/**
 * Write a slide of one of the owner's sessions (a new slide, or a new version of it).
 *
 * @param source who writes it: {@code agent}, {@code api}, {@code design}
 */
public record SlideWriteCommand(UserId owner, SessionId sessionId, String presentationName, Integer slideNumber,
                                String title, String description, String type, String html, String source) {

    public SlideWriteCommand {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(source, "source");
    }
}
