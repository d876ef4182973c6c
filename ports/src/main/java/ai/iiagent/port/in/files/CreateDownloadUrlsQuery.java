package ai.iiagent.port.in.files;

import ai.iiagent.domain.files.AssetId;
import ai.iiagent.domain.users.Identity;
import java.util.List;
import java.util.Objects;

/** Whose assets and which (at most {@link #MAX_IDS}). */
public record CreateDownloadUrlsQuery(Identity owner, List<AssetId> assetIds) {

    public static final int MAX_IDS = 100;

    public CreateDownloadUrlsQuery {
        Objects.requireNonNull(owner, "owner");
        assetIds = List.copyOf(assetIds);
    }
}
