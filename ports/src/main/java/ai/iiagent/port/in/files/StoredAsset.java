package ai.iiagent.port.in.files;

import ai.iiagent.domain.files.MediaProvenance;
import ai.iiagent.domain.files.Asset;
import ai.iiagent.domain.files.SignedUrl;
import java.util.Objects;

/**
 * A ready asset with a fresh signed download URL, and how it was generated when a media tool made it
 * (null for uploads and other files).
 */
public record StoredAsset(Asset asset, SignedUrl downloadUrl, MediaProvenance generated) {

    /** An asset that was not generated (or whose provenance is not asked for). */
    public StoredAsset(Asset asset, SignedUrl downloadUrl) {
        this(asset, downloadUrl, null);
    }

    public StoredAsset {
        Objects.requireNonNull(asset, "asset");
        Objects.requireNonNull(downloadUrl, "downloadUrl");
    }
}
