package ai.iiagent.adapter.storage.s3;

import ai.iiagent.domain.files.ByteRange;
import ai.iiagent.domain.files.ContentType;
import ai.iiagent.domain.files.ObjectContent;
import ai.iiagent.domain.files.ObjectKey;
import ai.iiagent.domain.files.SignedUrl;
import ai.iiagent.domain.files.StoredObject;
import ai.iiagent.port.out.storage.StorageFailureException;
import ai.iiagent.port.out.storage.StoragePort;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jboss.logging.Logger;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * {@link StoragePort} on an S3-compatible bucket with the AWS SDK v2 (SigV4). Signed URLs are S3
 * presigned URLs, so clients talk to the bucket directly and {@link #signatureMatches} is always false.
 */
public class S3StorageAdapter implements StoragePort, AutoCloseable {

    private static final Logger LOG = Logger.getLogger(S3StorageAdapter.class);

    private final S3Client client;
    private final S3Presigner presigner;
    private final String bucket;

    public S3StorageAdapter(S3StorageSettings settings) {
        this.client = S3Clients.client(settings);
        this.presigner = S3Clients.presigner(settings);
        this.bucket = settings.bucket();
    }

    @Override
    public void put(ObjectKey key, InputStream content, long size, ContentType type) {
        PutObjectRequest request = PutObjectRequest.builder().bucket(bucket).key(key.value())
                .contentLength(size).contentType(type.value()).build();
        try (ReplayableBody body = ReplayableBody.of(content, size)) {
            client.putObject(request, body.requestBody());
        } catch (SdkException e) {
            throw failure("storing", key, e);
        }
    }

    @Override
    public Optional<StoredObject> head(ObjectKey key) {
        try {
            HeadObjectResponse head = client.headObject(builder -> builder.bucket(bucket).key(key.value()));
            return Optional.of(new StoredObject(key, head.contentLength(),
                    head.contentType() == null ? null : ContentType.parse(head.contentType())));
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return Optional.empty();
            }
            throw failure("inspecting", key, e);
        } catch (SdkException e) {
            throw failure("inspecting", key, e);
        }
    }

    @Override
    public Optional<ObjectContent> open(ObjectKey key, ByteRange range) {
        GetObjectRequest.Builder request = GetObjectRequest.builder().bucket(bucket).key(key.value());
        if (range != null) {
            request.range("bytes=" + range.first() + "-" + range.last());
        }
        try {
            ResponseInputStream<GetObjectResponse> stream = client.getObject(request.build());
            GetObjectResponse response = stream.response();
            long total = range == null ? response.contentLength() : totalFrom(response.contentRange(), response.contentLength());
            return Optional.of(new ObjectContent(stream, total, range));
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return Optional.empty();
            }
            throw failure("reading", key, e);
        } catch (SdkException e) {
            throw failure("reading", key, e);
        }
    }

    @Override
    public boolean delete(ObjectKey key) {
        boolean existed = head(key).isPresent();
        try {
            client.deleteObject(builder -> builder.bucket(bucket).key(key.value()));
            return existed;
        } catch (SdkException e) {
            throw failure("deleting", key, e);
        }
    }

    @Override
    public SignedUrl signedUploadUrl(ObjectKey key, ContentType type, long size, Instant expiresAt) {
        var presigned = presigner.presignPutObject(builder -> builder.signatureDuration(ttl(expiresAt))
                // The length is signed too, so the URL cannot carry a bigger object than was declared.
                .putObjectRequest(put -> put.bucket(bucket).key(key.value()).contentType(type.value()).contentLength(size)));
        return new SignedUrl(toUri(presigned.url()), "PUT", expiresAt);
    }

    @Override
    public SignedUrl signedDownloadUrl(ObjectKey key, String downloadName, Instant expiresAt) {
        var presigned = presigner.presignGetObject(builder -> builder.signatureDuration(ttl(expiresAt))
                .getObjectRequest(get -> get.bucket(bucket).key(key.value())
                        .responseContentDisposition(ContentDisposition.attachment(downloadName))));
        return new SignedUrl(toUri(presigned.url()), "GET", expiresAt);
    }

    @Override
    public boolean signatureMatches(String method, ObjectKey key, long expiresEpochSecond, String signature) {
        return false;
    }

    @Override
    public void close() {
        presigner.close();
        client.close();
    }

    /** {@code bytes 0-3/10} → 10; without a header, the response length. */
    static long totalFrom(String contentRange, Long fallback) {
        if (contentRange != null) {
            int slash = contentRange.lastIndexOf('/');
            if (slash > 0 && !contentRange.endsWith("*")) {
                return Long.parseLong(contentRange.substring(slash + 1).strip());
            }
        }
        return fallback == null ? -1 : fallback;
    }

    private static Duration ttl(Instant expiresAt) {
        Duration ttl = Duration.between(Instant.now(), expiresAt);
        // S3 caps presigned URLs at 7 days.
        return ttl.isNegative() || ttl.isZero() ? Duration.ofSeconds(1) : ttl.compareTo(Duration.ofDays(7)) > 0 ? Duration.ofDays(7) : ttl;
    }

    private static java.net.URI toUri(java.net.URL url) {
        try {
            return url.toURI();
        } catch (java.net.URISyntaxException e) {
            throw new StorageFailureException("the presigner produced an invalid URL");
        }
    }

    private static RuntimeException failure(String doing, ObjectKey key, SdkException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ai.iiagent.domain.shared.DomainException domain) {
                return domain; // e.g. the body was shorter or longer than declared
            }
        }
        LOG.errorf(e, "S3 failed while %s %s", doing, key);
        return new StorageFailureException("the object store failed while " + doing + " an object");
    }
}
