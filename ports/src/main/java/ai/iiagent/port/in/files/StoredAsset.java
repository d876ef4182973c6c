package ai.iiagent.port.in.files;

import ai.iiagent.domain.files.Asset;
import ai.iiagent.domain.files.SignedUrl;
import java.util.Objects;

/** A ready asset with a fresh signed download URL. */
public record StoredAsset(Asset asset, SignedUrl downloadUrl) {

    public StoredAsset {
        Objects.requireNonNull(asset, "asset");
        Objects.requireNonNull(downloadUrl, "downloadUrl");
    }
}
