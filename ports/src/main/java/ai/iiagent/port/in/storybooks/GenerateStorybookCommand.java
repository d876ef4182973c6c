package ai.iiagent.port.in.storybooks;

import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.users.Identity;
import java.util.List;
import java.util.Objects;

/** A book to make in the caller's session: its title, one scene per page, a picture style, and voice-over or not. */
public record GenerateStorybookCommand(Identity owner, SessionId sessionId, String title, List<String> scenes, String style,
                                       boolean voiceOver) {

    public GenerateStorybookCommand {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(sessionId, "sessionId");
        scenes = scenes == null ? List.of() : List.copyOf(scenes);
    }
}
