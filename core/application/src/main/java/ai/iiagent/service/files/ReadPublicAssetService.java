package ai.iiagent.service.files;

import ai.iiagent.domain.files.UploadPolicy;
import ai.iiagent.port.in.sessions.GetSessionUseCase;
import ai.iiagent.port.out.clock.ClockPort;
import ai.iiagent.port.out.files.AssetRepository;
import ai.iiagent.port.out.storage.StoragePort;
import ai.iiagent.domain.files.Asset;
import ai.iiagent.domain.files.AssetNotFoundException;
import ai.iiagent.port.in.files.AssetContent;
import ai.iiagent.port.in.files.ReadPublicAssetQuery;
import ai.iiagent.port.in.files.ReadPublicAssetUseCase;

/** Anyone may read a ready asset of a public session, and nothing else. */
public final class ReadPublicAssetService implements ReadPublicAssetUseCase {

    private final FileAccess access;

    public ReadPublicAssetService(AssetRepository assets, StoragePort storage, GetSessionUseCase sessions, ClockPort clock,
            UploadPolicy policy) {
        this.access = new FileAccess(assets, storage, sessions, clock, policy);
    }

    @Override
    public AssetContent read(ReadPublicAssetQuery query) {
        access.requirePublicSession(query.sessionId());
        Asset asset = access.assets.findById(query.assetId())
                .filter(found -> found.isReady() && access.assets.isLinked(query.sessionId(), found.id()))
                .orElseThrow(() -> new AssetNotFoundException(query.assetId()));
        return access.open(asset, query.range());
    }
}
