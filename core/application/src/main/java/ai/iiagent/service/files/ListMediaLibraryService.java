package ai.iiagent.service.files;

import ai.iiagent.domain.files.Asset;
import ai.iiagent.domain.files.AssetId;
import ai.iiagent.domain.files.MediaProvenance;
import ai.iiagent.port.in.files.StoredAsset;
import ai.iiagent.port.out.files.AssetProvenanceRepository;
import java.util.Map;
import ai.iiagent.domain.files.UploadPolicy;
import ai.iiagent.port.in.sessions.GetSessionUseCase;
import ai.iiagent.port.out.clock.ClockPort;
import ai.iiagent.port.out.files.AssetRepository;
import ai.iiagent.port.out.storage.StoragePort;
import ai.iiagent.domain.files.AssetPurpose;
import ai.iiagent.port.in.files.AssetPage;
import ai.iiagent.port.in.files.ListMediaLibraryQuery;
import ai.iiagent.port.in.files.ListMediaLibraryUseCase;

/**
 * The caller's ready uploads and generated files, newest first, each with a fresh signed URL and,
 * when a media tool made it, its prompt and model.
 */
public final class ListMediaLibraryService implements ListMediaLibraryUseCase {

    private final FileAccess access;
    private final AssetProvenanceRepository provenance;

    /** A library that tells no generated file from an upload. */
    public ListMediaLibraryService(AssetRepository assets, StoragePort storage, GetSessionUseCase sessions, ClockPort clock,
            UploadPolicy policy) {
        this(assets, storage, sessions, clock, policy, null);
    }

    /** @param provenance how generated files were made (null: none known) */
    public ListMediaLibraryService(AssetRepository assets, StoragePort storage, GetSessionUseCase sessions, ClockPort clock,
            UploadPolicy policy, AssetProvenanceRepository provenance) {
        this.access = new FileAccess(assets, storage, sessions, clock, policy);
        this.provenance = provenance;
    }

    @Override
    public AssetPage list(ListMediaLibraryQuery query) {
        var owner = query.owner().userId();
        var assets = access.assets.listReady(owner, AssetPurpose.UPLOAD, query.limit(), query.offset());
        Map<AssetId, MediaProvenance> generated = provenance == null ? Map.of()
                : provenance.find(assets.stream().map(Asset::id).toList());
        var items = assets.stream().map(asset -> {
            StoredAsset stored = access.withUrl(asset);
            MediaProvenance how = generated.get(asset.id());
            return how == null ? stored : new StoredAsset(asset, stored.downloadUrl(), how);
        }).toList();
        return new AssetPage(items, access.assets.countReady(owner, AssetPurpose.UPLOAD), query.limit(), query.offset());
    }
}
