package ai.iiagent.port.in.integrations;

import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.users.Identity;
import java.util.List;
import java.util.Objects;

/** Drive files the caller picked, to store as their assets (linked to {@code sessionId} when given). */
public record ImportGoogleDriveFilesCommand(Identity caller, List<String> fileIds, SessionId sessionId) {

    public ImportGoogleDriveFilesCommand {
        Objects.requireNonNull(caller, "caller");
        fileIds = fileIds == null ? List.of() : List.copyOf(fileIds);
    }
}
