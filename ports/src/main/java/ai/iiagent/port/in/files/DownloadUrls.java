package ai.iiagent.port.in.files;

import ai.iiagent.domain.files.AssetId;
import java.util.List;

/** Signed URLs for the found assets (in request order) and the ids that were not the caller's ready assets. */
public record DownloadUrls(List<StoredAsset> found, List<AssetId> missing) {

    public DownloadUrls {
        found = List.copyOf(found);
        missing = List.copyOf(missing);
    }
}
