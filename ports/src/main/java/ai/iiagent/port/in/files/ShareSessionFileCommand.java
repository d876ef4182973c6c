package ai.iiagent.port.in.files;

import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.users.Identity;
import java.util.Objects;

/** A file for one of the owner's sessions: its name, type and bytes. */
public record ShareSessionFileCommand(Identity owner, SessionId sessionId, String fileName, String contentType,
                                      byte[] content) {

    public ShareSessionFileCommand {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(content, "content");
    }
}
