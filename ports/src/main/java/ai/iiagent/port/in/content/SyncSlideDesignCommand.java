package ai.iiagent.port.in.content;

import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.users.UserId;
import java.util.List;
import java.util.Objects;

/** Slides edited in design mode, sent back as their whole HTML. */
public record SyncSlideDesignCommand(UserId owner, SessionId sessionId, String presentationName, List<Edit> edits) {

    /** One slide's new HTML. */
    public record Edit(Integer slideNumber, String html) {
    }

    public SyncSlideDesignCommand {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(sessionId, "sessionId");
        edits = edits == null ? List.of() : List.copyOf(edits);
    }
}
