package ai.iiagent.service.files;

import ai.iiagent.domain.files.Asset;
import ai.iiagent.domain.files.AssetId;
import ai.iiagent.domain.files.AssetPurpose;
import ai.iiagent.domain.files.ContentType;
import ai.iiagent.domain.files.FileName;
import ai.iiagent.domain.files.FileTooLargeException;
import ai.iiagent.domain.files.UploadPolicy;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.users.Identity;
import ai.iiagent.port.in.files.StoreFileCommand;
import ai.iiagent.port.in.files.StoreFileUseCase;
import ai.iiagent.port.in.files.StoredAsset;
import ai.iiagent.port.in.sessions.GetSessionUseCase;
import ai.iiagent.port.out.clock.ClockPort;
import ai.iiagent.port.out.files.AssetRepository;
import ai.iiagent.port.out.storage.StorageFailureException;
import ai.iiagent.port.out.storage.StoragePort;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Server-side uploads. A known size streams into storage and must match exactly; an unknown one is
 * read into memory up to its cap (at most the upload limit) first, so storage gets an exact size.
 */
public final class StoreFileService implements StoreFileUseCase {

    private final FileAccess access;

    public StoreFileService(AssetRepository assets, StoragePort storage, GetSessionUseCase sessions, ClockPort clock,
                            UploadPolicy policy) {
        this.access = new FileAccess(assets, storage, sessions, clock, policy);
    }

    @Override
    public void check(Identity owner, String contentType, long size, SessionId sessionId) {
        access.policy.check(AssetPurpose.UPLOAD, ContentType.parse(contentType), Math.max(size, 0));
        if (sessionId != null) {
            access.requireOwnedSession(owner, sessionId);
        }
    }

    @Override
    public StoredAsset store(StoreFileCommand command) {
        ContentType type = ContentType.parse(command.contentType());
        check(command.owner(), command.contentType(), command.size(), command.sessionId());
        long size;
        InputStream body;
        if (command.size() >= 0) {
            size = command.size();
            body = new ExactLengthInputStream(command.content(), size);
        } else {
            byte[] bytes = readBounded(command.content(),
                    Math.min(command.maxUnknownBytes(), access.policy.limitFor(AssetPurpose.UPLOAD)));
            size = bytes.length;
            body = new ByteArrayInputStream(bytes);
        }
        var now = access.clock.now();
        Asset pending = Asset.pending(AssetId.random(), command.owner().userId(), FileName.sanitise(command.fileName()),
                type, size, AssetPurpose.UPLOAD, command.sessionId(), now);
        access.storage.put(pending.key(), body, size, type);
        Asset asset = access.assets.save(pending.completed(size, now));
        if (command.sessionId() != null) {
            access.assets.link(command.sessionId(), asset.id());
        }
        return access.withUrl(asset);
    }

    private static byte[] readBounded(InputStream content, long limit) {
        try {
            byte[] bytes = content.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (bytes.length > limit) {
                throw new FileTooLargeException(bytes.length, limit);
            }
            return bytes;
        } catch (IOException e) {
            throw new StorageFailureException("the file's bytes could not be read");
        }
    }
}
