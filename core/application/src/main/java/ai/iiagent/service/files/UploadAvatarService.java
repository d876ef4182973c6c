package ai.iiagent.service.files;

import ai.iiagent.domain.files.UploadPolicy;
import ai.iiagent.port.in.sessions.GetSessionUseCase;
import ai.iiagent.port.out.clock.ClockPort;
import ai.iiagent.port.out.files.AssetRepository;
import ai.iiagent.port.out.storage.StoragePort;
import ai.iiagent.domain.files.Asset;
import ai.iiagent.domain.files.AssetId;
import ai.iiagent.domain.files.AssetPurpose;
import ai.iiagent.domain.files.ContentType;
import ai.iiagent.domain.files.FileName;
import ai.iiagent.port.in.files.StoredAsset;
import ai.iiagent.port.in.files.UploadAvatarCommand;
import ai.iiagent.port.in.files.UploadAvatarUseCase;

/** Avatars are small, so they go through us in one request; the object is stored before the row says ready. */
public final class UploadAvatarService implements UploadAvatarUseCase {

    private final FileAccess access;

    public UploadAvatarService(AssetRepository assets, StoragePort storage, GetSessionUseCase sessions, ClockPort clock,
            UploadPolicy policy) {
        this.access = new FileAccess(assets, storage, sessions, clock, policy);
    }

    @Override
    public StoredAsset upload(UploadAvatarCommand command) {
        FileName name = FileName.sanitise(command.fileName());
        ContentType type = ContentType.parse(command.contentType());
        access.policy.check(AssetPurpose.AVATAR, type, command.size());
        var now = access.clock.now();
        Asset pending = Asset.pending(AssetId.random(), command.owner().userId(), name, type, command.size(),
                AssetPurpose.AVATAR, null, now);
        access.storage.put(pending.key(), new ExactLengthInputStream(command.content(), command.size()),
                command.size(), type);
        return access.withUrl(access.assets.save(pending.completed(command.size(), now)));
    }
}
