package ai.iiagent.service.files;

import ai.iiagent.domain.files.Asset;
import ai.iiagent.domain.files.AssetId;
import ai.iiagent.domain.files.AssetPurpose;
import ai.iiagent.domain.files.ContentType;
import ai.iiagent.domain.files.FileName;
import ai.iiagent.domain.files.UploadPolicy;
import ai.iiagent.port.in.files.ShareSessionFileCommand;
import ai.iiagent.port.in.files.ShareSessionFileUseCase;
import ai.iiagent.port.in.files.StoredAsset;
import ai.iiagent.port.in.sessions.GetSessionUseCase;
import ai.iiagent.port.out.clock.ClockPort;
import ai.iiagent.port.out.files.AssetProvenanceRepository;
import ai.iiagent.port.out.files.AssetRepository;
import ai.iiagent.port.out.storage.StoragePort;
import java.io.ByteArrayInputStream;

/** The session must be the caller's; the policy applies as to uploads; the object is stored before the row says ready. */
public final class ShareSessionFileService implements ShareSessionFileUseCase {

    private final FileAccess access;
    private final AssetProvenanceRepository provenance;

    /** A service that keeps no provenance of generated files. */
    public ShareSessionFileService(AssetRepository assets, StoragePort storage, GetSessionUseCase sessions,
                                   ClockPort clock, UploadPolicy policy) {
        this(assets, storage, sessions, clock, policy, null);
    }

    /** @param provenance where a generated file's prompt and model are kept (null: nowhere) */
    public ShareSessionFileService(AssetRepository assets, StoragePort storage, GetSessionUseCase sessions,
                                   ClockPort clock, UploadPolicy policy, AssetProvenanceRepository provenance) {
        this.access = new FileAccess(assets, storage, sessions, clock, policy);
        this.provenance = provenance;
    }

    @Override
    public StoredAsset share(ShareSessionFileCommand command) {
        access.requireOwnedSession(command.owner(), command.sessionId());
        FileName name = FileName.sanitise(command.fileName());
        ContentType type = ContentType.parse(command.contentType());
        long size = command.content().length;
        access.policy.check(AssetPurpose.UPLOAD, type, size);
        var now = access.clock.now();
        Asset pending = Asset.pending(AssetId.random(), command.owner().userId(), name, type, size, AssetPurpose.UPLOAD,
                command.sessionId(), now);
        access.storage.put(pending.key(), new ByteArrayInputStream(command.content()), size, type);
        Asset ready = access.assets.save(pending.completed(size, now));
        access.assets.link(command.sessionId(), ready.id());
        if (command.generated() != null && provenance != null) {
            provenance.save(ready.id(), command.generated());
            return new StoredAsset(ready, access.withUrl(ready).downloadUrl(), command.generated());
        }
        return access.withUrl(ready);
    }
}
