package ai.iiagent.port.in.files;

import ai.iiagent.domain.files.AssetId;
import ai.iiagent.domain.files.RangeRequest;
import ai.iiagent.domain.sessions.SessionId;
import java.util.Objects;

/** Which public session and asset; optional range. */
public record ReadPublicAssetQuery(SessionId sessionId, AssetId assetId, RangeRequest range) {

    public ReadPublicAssetQuery {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(assetId, "assetId");
    }
}
