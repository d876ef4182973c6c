package ai.iiagent.adapter.storage.s3;

import java.util.Objects;

/**
 * An S3-compatible bucket. {@code endpoint} null means AWS itself; {@code pathStyle} for MinIO and
 * most self-hosted stores ({@code http://host:9000/bucket/key}).
 */
public record S3StorageSettings(String bucket, String region, String endpoint, String accessKey, String secretKey,
                                boolean pathStyle) {

    public S3StorageSettings {
        Objects.requireNonNull(bucket, "bucket");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(accessKey, "accessKey");
        Objects.requireNonNull(secretKey, "secretKey");
    }

    @Override
    public String toString() {
        return "S3StorageSettings[bucket=" + bucket + ", region=" + region + ", endpoint=" + endpoint
                + ", pathStyle=" + pathStyle + "]";
    }
}
