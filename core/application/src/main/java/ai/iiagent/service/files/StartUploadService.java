package ai.iiagent.service.files;

import ai.iiagent.domain.files.Asset;
import ai.iiagent.domain.files.AssetId;
import ai.iiagent.domain.files.AssetPurpose;
import ai.iiagent.domain.files.ContentType;
import ai.iiagent.domain.files.FileName;
import ai.iiagent.domain.files.UploadPolicy;
import ai.iiagent.port.in.files.PendingUpload;
import ai.iiagent.port.in.files.StartUploadCommand;
import ai.iiagent.port.in.files.StartUploadUseCase;
import ai.iiagent.port.in.sessions.GetSessionUseCase;
import ai.iiagent.port.out.clock.ClockPort;
import ai.iiagent.port.out.files.AssetRepository;
import ai.iiagent.port.out.storage.StoragePort;

/** Checks limits and the session, records a pending asset, signs an upload URL for its key. */
public final class StartUploadService implements StartUploadUseCase {

    private final FileAccess access;

    public StartUploadService(AssetRepository assets, StoragePort storage, GetSessionUseCase sessions, ClockPort clock,
                              UploadPolicy policy) {
        this.access = new FileAccess(assets, storage, sessions, clock, policy);
    }

    @Override
    public PendingUpload start(StartUploadCommand command) {
        FileName name = FileName.sanitise(command.fileName());
        ContentType type = ContentType.parse(command.contentType());
        access.policy.check(AssetPurpose.UPLOAD, type, command.size());
        if (command.sessionId() != null) {
            access.requireOwnedSession(command.owner(), command.sessionId());
        }
        var now = access.clock.now();
        Asset asset = access.assets.save(Asset.pending(AssetId.random(), command.owner().userId(), name, type,
                command.size(), AssetPurpose.UPLOAD, command.sessionId(), now));
        return new PendingUpload(asset, access.storage.signedUploadUrl(asset.key(), type, asset.size(),
                now.plus(access.policy.urlTtl())));
    }
}
