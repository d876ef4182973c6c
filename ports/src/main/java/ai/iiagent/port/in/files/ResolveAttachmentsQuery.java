package ai.iiagent.port.in.files;

import ai.iiagent.domain.files.AssetId;
import ai.iiagent.domain.users.Identity;
import java.util.List;
import java.util.Objects;

/** Whose query and which attached asset ids (duplicates are resolved once). */
public record ResolveAttachmentsQuery(Identity owner, List<AssetId> assetIds) {

    public ResolveAttachmentsQuery {
        Objects.requireNonNull(owner, "owner");
        assetIds = List.copyOf(assetIds);
    }
}
