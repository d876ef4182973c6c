package ai.iiagent.service.files;

import ai.iiagent.domain.files.Asset;
import ai.iiagent.domain.files.AssetNotFoundException;
import ai.iiagent.domain.files.UploadIncompleteException;
import ai.iiagent.domain.files.UploadPolicy;
import ai.iiagent.domain.files.StoredObject;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.port.in.files.CompleteUploadCommand;
import ai.iiagent.port.in.files.CompleteUploadUseCase;
import ai.iiagent.port.in.files.StoredAsset;
import ai.iiagent.port.in.sessions.GetSessionUseCase;
import ai.iiagent.port.out.clock.ClockPort;
import ai.iiagent.port.out.files.AssetRepository;
import ai.iiagent.port.out.storage.StoragePort;

/** Verifies the stored object against the declaration, marks the asset ready and links it to the session. */
public final class CompleteUploadService implements CompleteUploadUseCase {

    private final FileAccess access;
    private final UploadLocks locks;

    public CompleteUploadService(AssetRepository assets, StoragePort storage, GetSessionUseCase sessions,
                                 ClockPort clock, UploadPolicy policy, UploadLocks locks) {
        this.access = new FileAccess(assets, storage, sessions, clock, policy);
        this.locks = locks;
    }

    @Override
    public StoredAsset complete(CompleteUploadCommand command) {
        Asset found = access.assets.findById(command.assetId())
                .filter(candidate -> candidate.isOwnedBy(command.owner().userId()))
                .orElseThrow(() -> new AssetNotFoundException(command.assetId()));
        SessionId session = command.sessionId() != null ? command.sessionId() : found.sessionId();
        if (session != null) {
            access.requireOwnedSession(command.owner(), session);
        }
        // Under the key's lock: no PUT is half-way through while the bytes are verified.
        Asset asset = found.isReady() ? found : locks.holding(found.key(), () -> {
            Asset current = access.assets.findById(found.id()).orElseThrow(() -> new AssetNotFoundException(found.id()));
            if (current.isReady()) {
                return current;
            }
            StoredObject stored = access.storage.head(current.key())
                    .orElseThrow(() -> new UploadIncompleteException(current.id(), "nothing was uploaded"));
            return access.assets.save(current.completed(stored.size(), access.clock.now()));
        });
        if (session != null) {
            access.assets.link(session, asset.id());
        }
        return access.withUrl(asset);
    }
}
