package ai.iiagent.port.in.files;

import ai.iiagent.domain.files.AssetId;
import ai.iiagent.domain.files.RangeRequest;
import ai.iiagent.domain.users.Identity;
import java.util.Objects;

/** Whose asset, which one, and optionally which bytes ({@code range} null = all). */
public record DownloadAssetQuery(Identity owner, AssetId assetId, RangeRequest range) {

    public DownloadAssetQuery {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(assetId, "assetId");
    }
}
