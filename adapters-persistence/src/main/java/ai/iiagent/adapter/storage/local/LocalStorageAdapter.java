package ai.iiagent.adapter.storage.local;

import ai.iiagent.domain.files.ByteRange;
import ai.iiagent.domain.files.ContentType;
import ai.iiagent.domain.files.ObjectContent;
import ai.iiagent.domain.files.ObjectKey;
import ai.iiagent.domain.files.SignedUrl;
import ai.iiagent.domain.files.StoredObject;
import ai.iiagent.port.out.storage.StorageFailureException;
import ai.iiagent.port.out.storage.StoragePort;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * {@link StoragePort} on the local filesystem under {@code <data dir>/storage}. Writes go to a
 * temporary file in the target directory and are moved into place, so readers never see half an
 * object. Signed URLs point at our own {@code /v1/storage/local/{key}} endpoints.
 */
public class LocalStorageAdapter implements StoragePort {

    private static final Logger LOG = Logger.getLogger(LocalStorageAdapter.class);

    private final LocalPaths paths;
    private final UrlSigner signer;
    private final String urlBase;

    public LocalStorageAdapter(LocalStorageSettings settings) {
        this.paths = new LocalPaths(settings.root());
        this.signer = new UrlSigner(settings.signingSecret());
        this.urlBase = settings.signedUrlBase().replaceAll("/+$", "");
    }

    @Override
    public void put(ObjectKey key, InputStream content, long size, ContentType type) {
        Path target = paths.resolve(key);
        Path temp = null;
        try {
            Files.createDirectories(target.getParent());
            paths.resolve(key); // the directories just created are still ours, not links
            // Temporary names start with '.', which no key segment can, so they never collide with objects.
            temp = target.resolveSibling(".upload-" + UUID.randomUUID());
            long written;
            try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                written = content.transferTo(out);
            }
            if (written != size) {
                throw new StorageFailureException("expected " + size + " bytes, got " + written);
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            temp = null;
        } catch (IOException e) {
            LOG.errorf(e, "writing %s failed", key);
            throw new StorageFailureException("could not store the object");
        } finally {
            deleteQuietly(temp);
        }
    }

    @Override
    public Optional<StoredObject> head(ObjectKey key) {
        Path file = paths.resolve(key);
        try {
            return Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
                    ? Optional.of(new StoredObject(key, Files.size(file), null)) : Optional.empty();
        } catch (IOException e) {
            throw failure("reading", key, e);
        }
    }

    @Override
    public Optional<ObjectContent> open(ObjectKey key, ByteRange range) {
        Path file = paths.resolve(key);
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        try {
            FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);
            long total = channel.size();
            if (range != null && range.last() >= total) {
                channel.close();
                throw new StorageFailureException("range beyond the stored object");
            }
            InputStream stream = Channels.newInputStream(channel.position(range == null ? 0 : range.first()));
            return Optional.of(new ObjectContent(range == null ? stream : new LimitedInputStream(stream, range.length()),
                    total, range));
        } catch (NoSuchFileException gone) {
            return Optional.empty();
        } catch (IOException e) {
            throw failure("opening", key, e);
        }
    }

    @Override
    public boolean delete(ObjectKey key) {
        try {
            return Files.deleteIfExists(paths.resolve(key));
        } catch (IOException e) {
            throw failure("deleting", key, e);
        }
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
        return signer.matches(method, key, expiresEpochSecond, signature);
    }

    private SignedUrl url(String method, ObjectKey key, Instant expiresAt) {
        long expires = expiresAt.getEpochSecond();
        // Key segments and the base64url signature need no escaping.
        return new SignedUrl(URI.create(urlBase + "/" + key.value() + "?expires=" + expires + "&signature="
                + signer.sign(method, key, expires)), method, Instant.ofEpochSecond(expires));
    }

    private static StorageFailureException failure(String doing, ObjectKey key, IOException e) {
        LOG.errorf(e, "%s %s failed", doing, key);
        return new StorageFailureException("the object store failed while " + doing + " an object");
    }

    private static void deleteQuietly(Path temp) {
        if (temp != null) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException e) {
                LOG.warnf(e, "could not remove %s", temp);
            }
        }
    }
}
