package ai.iiagent.port.in.files;

import ai.iiagent.domain.files.Asset;
import ai.iiagent.domain.files.SignedUrl;
import java.util.Objects;

/** A pending asset and where to upload its bytes. */
public record PendingUpload(Asset asset, SignedUrl uploadUrl) {

    public PendingUpload {
        Objects.requireNonNull(asset, "asset");
        Objects.requireNonNull(uploadUrl, "uploadUrl");
    }
}
