package ai.iiagent.port.in.files;

import java.util.List;

/** One page of assets and the total across pages. */
public record AssetPage(List<StoredAsset> items, long total, int limit, int offset) {

    public AssetPage {
        items = List.copyOf(items);
    }

    public boolean hasMore() {
        return offset + items.size() < total;
    }
}
