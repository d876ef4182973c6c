package ai.iiagent.port.in.files;

import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.users.Identity;
import java.util.Objects;

/** An upload request as the client declares it; {@code sessionId} is optional. */
public record StartUploadCommand(Identity owner, String fileName, String contentType, long size, SessionId sessionId) {

    public StartUploadCommand {
        Objects.requireNonNull(owner, "owner");
    }
}
