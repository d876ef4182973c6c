package ai.iiagent.port.in.content;

import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.domain.content.ImageEditInstruction;
import java.util.List;
import java.util.Objects;

/**
 * Change the picture of an image slide: the steps in order (a background removal is one
 * {@code REMOVE_BACKGROUND} step), optionally on a named provider's editor.
 */
public record SlideImageEditCommand(UserId owner, SessionId sessionId, String presentationName, Integer slideNumber,
                                    List<ImageEditInstruction> steps, String provider) {

    public SlideImageEditCommand {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(sessionId, "sessionId");
        steps = steps == null ? List.of() : List.copyOf(steps);
    }
}
