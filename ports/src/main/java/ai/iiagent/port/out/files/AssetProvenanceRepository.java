package ai.iiagent.port.out.files;

import ai.iiagent.domain.files.AssetId;
import ai.iiagent.domain.files.MediaProvenance;
import java.util.Collection;
import java.util.Map;

/** How generated assets were made (prompt, model), kept beside the asset rows. */
public interface AssetProvenanceRepository {

    /** Records (or replaces) how the asset was made. */
    void save(AssetId asset, MediaProvenance provenance);

    /** The provenance of those of {@code assets} that were generated (the others are absent). */
    Map<AssetId, MediaProvenance> find(Collection<AssetId> assets);
}
