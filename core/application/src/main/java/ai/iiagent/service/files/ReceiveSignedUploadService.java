package ai.iiagent.service.files;

import ai.iiagent.domain.files.FileErrors;
import ai.iiagent.domain.files.Asset;
import ai.iiagent.domain.files.AssetNotFoundException;
import ai.iiagent.domain.files.AssetStatus;
import ai.iiagent.domain.files.ObjectKey;
import ai.iiagent.domain.files.UploadPolicy;
import ai.iiagent.domain.shared.ConflictException;
import ai.iiagent.port.in.files.ReceiveSignedUploadCommand;
import ai.iiagent.port.in.files.ReceiveSignedUploadUseCase;
import ai.iiagent.port.in.sessions.GetSessionUseCase;
import ai.iiagent.port.out.clock.ClockPort;
import ai.iiagent.port.out.files.AssetRepository;
import ai.iiagent.port.out.storage.StoragePort;

/** The local store's upload endpoint: a valid signature on a pending asset's key, and exactly its declared bytes. */
public final class ReceiveSignedUploadService implements ReceiveSignedUploadUseCase {

    private final FileAccess access;
    private final UploadLocks locks;

    public ReceiveSignedUploadService(AssetRepository assets, StoragePort storage, GetSessionUseCase sessions,
                                      ClockPort clock, UploadPolicy policy, UploadLocks locks) {
        this.access = new FileAccess(assets, storage, sessions, clock, policy);
        this.locks = locks;
    }

    @Override
    public void receive(ReceiveSignedUploadCommand command) {
        ObjectKey key = access.checkSigned("PUT", command.key(), command.expires(), command.signature());
        locks.holding(key, () -> {
            Asset asset = access.assets.findByKey(key).orElseThrow(() -> new AssetNotFoundException("upload target"));
            if (asset.status() != AssetStatus.PENDING) {
                // A verified object never changes under its id.
                throw new ConflictException(FileErrors.ASSET_ALREADY_COMPLETED, "asset " + asset.id() + " is complete");
            }
            access.storage.put(key, new ExactLengthInputStream(command.body(), asset.size()), asset.size(),
                    asset.contentType());
            return null;
        });
    }
}
