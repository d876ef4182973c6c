package ai.iiagent.service.files;

import ai.iiagent.domain.files.UploadPolicy;
import ai.iiagent.port.in.sessions.GetSessionUseCase;
import ai.iiagent.port.out.clock.ClockPort;
import ai.iiagent.port.out.files.AssetRepository;
import ai.iiagent.port.out.storage.StoragePort;
import ai.iiagent.domain.files.AssetNotFoundException;
import ai.iiagent.domain.files.AssetPurpose;
import ai.iiagent.port.in.files.GetAvatarQuery;
import ai.iiagent.port.in.files.GetAvatarUseCase;
import ai.iiagent.port.in.files.StoredAsset;

/** The newest ready avatar wins. */
public final class GetAvatarService implements GetAvatarUseCase {

    private final FileAccess access;

    public GetAvatarService(AssetRepository assets, StoragePort storage, GetSessionUseCase sessions, ClockPort clock,
            UploadPolicy policy) {
        this.access = new FileAccess(assets, storage, sessions, clock, policy);
    }

    @Override
    public StoredAsset get(GetAvatarQuery query) {
        return access.assets.listReady(query.owner().userId(), AssetPurpose.AVATAR, 1, 0).stream().findFirst()
                .map(access::withUrl).orElseThrow(() -> new AssetNotFoundException("avatar"));
    }
}
