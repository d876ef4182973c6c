package ai.iiagent.service.files;

import ai.iiagent.domain.files.UploadPolicy;
import ai.iiagent.port.in.sessions.GetSessionUseCase;
import ai.iiagent.port.out.clock.ClockPort;
import ai.iiagent.port.out.files.AssetRepository;
import ai.iiagent.port.out.storage.StoragePort;
import ai.iiagent.port.in.files.AssetContent;
import ai.iiagent.port.in.files.DownloadAssetQuery;
import ai.iiagent.port.in.files.DownloadAssetUseCase;

/** Streams the caller's own ready asset. */
public final class DownloadAssetService implements DownloadAssetUseCase {

    private final FileAccess access;

    public DownloadAssetService(AssetRepository assets, StoragePort storage, GetSessionUseCase sessions, ClockPort clock,
            UploadPolicy policy) {
        this.access = new FileAccess(assets, storage, sessions, clock, policy);
    }

    @Override
    public AssetContent download(DownloadAssetQuery query) {
        return access.open(access.ownedReady(query.owner(), query.assetId()), query.range());
    }
}
