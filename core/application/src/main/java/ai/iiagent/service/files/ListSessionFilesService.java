package ai.iiagent.service.files;

import ai.iiagent.domain.files.UploadPolicy;
import ai.iiagent.port.in.sessions.GetSessionUseCase;
import ai.iiagent.port.out.clock.ClockPort;
import ai.iiagent.port.out.files.AssetRepository;
import ai.iiagent.port.out.storage.StoragePort;
import ai.iiagent.port.in.files.ListSessionFilesQuery;
import ai.iiagent.port.in.files.ListSessionFilesUseCase;
import ai.iiagent.port.in.files.StoredAsset;
import java.util.List;

/** Files linked to one of the caller's own sessions. */
public final class ListSessionFilesService implements ListSessionFilesUseCase {

    private final FileAccess access;

    public ListSessionFilesService(AssetRepository assets, StoragePort storage, GetSessionUseCase sessions, ClockPort clock,
            UploadPolicy policy) {
        this.access = new FileAccess(assets, storage, sessions, clock, policy);
    }

    @Override
    public List<StoredAsset> list(ListSessionFilesQuery query) {
        access.requireOwnedSession(query.owner(), query.sessionId());
        return access.assets.listLinked(query.sessionId()).stream()
                .filter(asset -> asset.isReady() && asset.isOwnedBy(query.owner().userId()))
                .map(access::withUrl).toList();
    }
}
