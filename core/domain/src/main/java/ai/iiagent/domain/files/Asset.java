package ai.iiagent.domain.files;

import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.users.UserId;
import java.time.Instant;
import java.util.Objects;

/**
 * A file a user stored with us. It starts {@link AssetStatus#PENDING} when the upload is requested
 * and becomes {@link AssetStatus#READY} once the stored object is verified to have the declared size.
 *
 * @param sessionId the session named when the upload was requested (linked on completion), or null
 */
public record Asset(AssetId id, UserId ownerId, FileName fileName, ContentType contentType, long size,
                    ObjectKey key, AssetStatus status, AssetPurpose purpose, SessionId sessionId,
                    Instant createdAt, Instant updatedAt) {

    public Asset {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(ownerId, "ownerId");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        if (size < 0) {
            throw new IllegalArgumentException("size must not be negative");
        }
    }

    /** A new pending asset whose key is derived from its ids, never from the user's file name. */
    public static Asset pending(AssetId id, UserId owner, FileName name, ContentType type, long size,
                                AssetPurpose purpose, SessionId sessionId, Instant now) {
        return new Asset(id, owner, name, type, size, ObjectKey.forAsset(owner, id, purpose, name, type),
                AssetStatus.PENDING, purpose, sessionId, now, now);
    }

    /**
     * @throws UploadIncompleteException when the stored size differs from the declared one
     */
    public Asset completed(long storedSize, Instant now) {
        if (storedSize != size) {
            throw new UploadIncompleteException(id, "stored object has " + storedSize + " bytes, " + size + " were declared");
        }
        return new Asset(id, ownerId, fileName, contentType, size, key, AssetStatus.READY, purpose, sessionId, createdAt, now);
    }

    public boolean isOwnedBy(UserId user) {
        return ownerId.equals(user);
    }

    public boolean isReady() {
        return status == AssetStatus.READY;
    }
}
