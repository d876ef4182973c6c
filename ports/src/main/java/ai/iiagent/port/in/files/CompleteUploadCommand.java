package ai.iiagent.port.in.files;

import ai.iiagent.domain.files.AssetId;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.users.Identity;
import java.util.Objects;

/** Which asset to complete; {@code sessionId} optional. */
public record CompleteUploadCommand(Identity owner, AssetId assetId, SessionId sessionId) {

    public CompleteUploadCommand {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(assetId, "assetId");
    }
}
