package ai.iiagent.port.out.storage;

import ai.iiagent.domain.files.ByteRange;
import ai.iiagent.domain.files.ContentType;
import ai.iiagent.domain.files.ObjectContent;
import ai.iiagent.domain.files.ObjectKey;
import ai.iiagent.domain.files.SignedUrl;
import ai.iiagent.domain.files.StoredObject;
import java.io.InputStream;
import java.time.Instant;
import java.util.Optional;

/**
 * Object storage (local filesystem or an S3-compatible bucket) in domain terms: objects are
 * addressed by {@link ObjectKey}, which can only name a place inside this storage.
 * Implementations are thread-safe. Contract: {@code StoragePortContractTest}.
 */
public interface StoragePort {

    /**
     * Stores exactly {@code size} bytes read from {@code content}, replacing any object under the key.
     *
     * @throws StorageFailureException when the stream ends early, has more bytes, or the store fails
     */
    void put(ObjectKey key, InputStream content, long size, ContentType type);

    /** Size and content type of a stored object, or empty when there is none. */
    Optional<StoredObject> head(ObjectKey key);

    /**
     * Opens a stored object for reading, all of it ({@code range == null}) or one satisfiable range
     * of it; the caller closes the returned content. Empty when there is no such object.
     */
    Optional<ObjectContent> open(ObjectKey key, ByteRange range);

    /** Removes the object if present; true when something was removed. */
    boolean delete(ObjectKey key);

    /**
     * A URL a client can {@code PUT} exactly this object's bytes to, without our credentials, until {@code expiresAt}.
     */
    SignedUrl signedUploadUrl(ObjectKey key, ContentType type, long size, Instant expiresAt);

    /**
     * A URL a client can {@code GET} the object from until {@code expiresAt}; {@code downloadName} becomes
     * the suggested file name where the store supports it.
     */
    SignedUrl signedDownloadUrl(ObjectKey key, String downloadName, Instant expiresAt);

    /**
     * Whether {@code signature} is this store's signature of method, key and expiry. Only stores that
     * serve signed URLs through our own endpoints (local filesystem) ever answer true; expiry itself
     * is checked by the caller against its clock.
     */
    boolean signatureMatches(String method, ObjectKey key, long expiresEpochSecond, String signature);
}
