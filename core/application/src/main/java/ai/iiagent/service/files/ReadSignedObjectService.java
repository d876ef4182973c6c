package ai.iiagent.service.files;

import ai.iiagent.domain.files.UploadPolicy;
import ai.iiagent.port.in.sessions.GetSessionUseCase;
import ai.iiagent.port.out.clock.ClockPort;
import ai.iiagent.port.out.files.AssetRepository;
import ai.iiagent.port.out.storage.StoragePort;
import ai.iiagent.domain.files.AssetNotFoundException;
import ai.iiagent.domain.files.ObjectKey;
import ai.iiagent.domain.files.Asset;
import ai.iiagent.port.in.files.AssetContent;
import ai.iiagent.port.in.files.ReadSignedObjectQuery;
import ai.iiagent.port.in.files.ReadSignedObjectUseCase;

/** A signed download URL of the local store: whoever holds it may read that one ready object until it expires. */
public final class ReadSignedObjectService implements ReadSignedObjectUseCase {

    private final FileAccess access;

    public ReadSignedObjectService(AssetRepository assets, StoragePort storage, GetSessionUseCase sessions, ClockPort clock,
            UploadPolicy policy) {
        this.access = new FileAccess(assets, storage, sessions, clock, policy);
    }

    @Override
    public AssetContent read(ReadSignedObjectQuery query) {
        ObjectKey key = access.checkSigned("GET", query.key(), query.expires(), query.signature());
        Asset asset = access.assets.findByKey(key).filter(Asset::isReady)
                .orElseThrow(() -> new AssetNotFoundException("object"));
        return access.open(asset, query.range());
    }
}
