package ai.iiagent.service.files;

import ai.iiagent.domain.files.UploadPolicy;
import ai.iiagent.port.in.sessions.GetSessionUseCase;
import ai.iiagent.port.out.clock.ClockPort;
import ai.iiagent.port.out.files.AssetRepository;
import ai.iiagent.port.out.storage.StoragePort;
import ai.iiagent.domain.files.AssetPurpose;
import ai.iiagent.port.in.files.AssetPage;
import ai.iiagent.port.in.files.ListMediaLibraryQuery;
import ai.iiagent.port.in.files.ListMediaLibraryUseCase;

/** The caller's ready uploads, newest first, each with a fresh signed URL. */
public final class ListMediaLibraryService implements ListMediaLibraryUseCase {

    private final FileAccess access;

    public ListMediaLibraryService(AssetRepository assets, StoragePort storage, GetSessionUseCase sessions, ClockPort clock,
            UploadPolicy policy) {
        this.access = new FileAccess(assets, storage, sessions, clock, policy);
    }

    @Override
    public AssetPage list(ListMediaLibraryQuery query) {
        var owner = query.owner().userId();
        var items = access.assets.listReady(owner, AssetPurpose.UPLOAD, query.limit(), query.offset()).stream()
                .map(access::withUrl).toList();
        return new AssetPage(items, access.assets.countReady(owner, AssetPurpose.UPLOAD), query.limit(), query.offset());
    }
}
