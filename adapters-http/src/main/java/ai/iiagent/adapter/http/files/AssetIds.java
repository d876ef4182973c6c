package ai.iiagent.adapter.http.files;

import ai.iiagent.domain.files.AssetId;
import ai.iiagent.domain.files.AssetNotFoundException;
import java.util.UUID;

/** Path ids: a malformed one names no asset, so it gets the same 404 as an unknown one. */
final class AssetIds {

    private AssetIds() {
    }

    static AssetId parse(String raw) {
        try {
            return new AssetId(UUID.fromString(raw));
        } catch (IllegalArgumentException | NullPointerException malformed) {
            throw new AssetNotFoundException("asset");
        }
    }
}
