package ai.iiagent.port.out.storage;

import ai.iiagent.domain.files.ByteRange;
import ai.iiagent.domain.files.ContentType;
import ai.iiagent.domain.files.ObjectContent;
import ai.iiagent.domain.files.ObjectKey;
import ai.iiagent.domain.files.SignedUrl;
import ai.iiagent.domain.files.StoredObject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@link StoragePort} in memory. Its "signature" is a readable token ({@code PUT:key:expiry}) so
 * tests can forge and tamper with URLs on purpose; {@code selfServing = false} behaves like S3
 * (never accepts a signature on our endpoints).
 */
public class InMemoryStorage implements StoragePort {

    private record Blob(byte[] bytes, ContentType type) {
    }

    private final Map<ObjectKey, Blob> objects = new ConcurrentHashMap<>();
    private final boolean selfServing;

    public InMemoryStorage() {
        this(true);
    }

    public InMemoryStorage(boolean selfServing) {
        this.selfServing = selfServing;
    }

    public static String signatureOf(String method, ObjectKey key, long expires) {
        return method + ":" + key.value() + ":" + expires;
    }

    @Override
    public void put(ObjectKey key, InputStream content, long size, ContentType type) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            content.transferTo(out);
        } catch (IOException e) {
            throw new StorageFailureException("read failed: " + e.getMessage());
        }
        if (out.size() != size) {
            throw new StorageFailureException("size mismatch");
        }
        objects.put(key, new Blob(out.toByteArray(), type));
    }

    /** Test hook: what a client would have uploaded through a presigned URL, without checks. */
    public void putDirectly(ObjectKey key, byte[] bytes) {
        objects.put(key, new Blob(bytes.clone(), ContentType.OCTET_STREAM));
    }

    public Optional<byte[]> bytes(ObjectKey key) {
        return Optional.ofNullable(objects.get(key)).map(blob -> blob.bytes().clone());
    }

    @Override
    public Optional<StoredObject> head(ObjectKey key) {
        return Optional.ofNullable(objects.get(key)).map(blob -> new StoredObject(key, blob.bytes().length, blob.type()));
    }

    @Override
    public Optional<ObjectContent> open(ObjectKey key, ByteRange range) {
        return Optional.ofNullable(objects.get(key)).map(blob -> {
            byte[] all = blob.bytes();
            byte[] part = range == null ? all : Arrays.copyOfRange(all, (int) range.first(), (int) range.last() + 1);
            return new ObjectContent(new ByteArrayInputStream(part), all.length, range);
        });
    }

    @Override
    public boolean delete(ObjectKey key) {
        return objects.remove(key) != null;
    }

    @Override
    public SignedUrl signedUploadUrl(ObjectKey key, ContentType type, long size, Instant expiresAt) {
        return url("PUT", key, expiresAt);
    }

    @Override
    public SignedUrl signedDownloadUrl(ObjectKey key, String downloadName, Instant expiresAt) {
        return url("GET", key, expiresAt);
    }

    @Override
    public boolean signatureMatches(String method, ObjectKey key, long expiresEpochSecond, String signature) {
        return selfServing && signatureOf(method, key, expiresEpochSecond).equals(signature);
    }

    private static SignedUrl url(String method, ObjectKey key, Instant expiresAt) {
        try {
            return new SignedUrl(new URI("memory", null, "/" + key.value(),
                    "sig=" + signatureOf(method, key, expiresAt.getEpochSecond()), null), method, expiresAt);
        } catch (java.net.URISyntaxException e) {
            throw new UncheckedIOException(new IOException(e));
        }
    }
}
