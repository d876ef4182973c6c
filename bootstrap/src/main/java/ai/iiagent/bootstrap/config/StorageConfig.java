package ai.iiagent.bootstrap.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Object storage and upload limits ({@code storage.*}; environment {@code STORAGE_PROVIDER},
 * {@code STORAGE_MAX_UPLOAD_BYTES}, {@code S3_BUCKET}, ...). See docs/operations.md and docs/api/files.md.
 */
@ConfigMapping(prefix = "storage")
public interface StorageConfig {

    /** {@code local} (files under the data directory) or {@code s3} (any S3-compatible bucket). */
    @WithDefault("local")
    String provider();

    /** Default 100 MiB, as the original. */
    @WithDefault("104857600")
    long maxUploadBytes();

    /** Exact types, {@code type/*} or {@code *}. */
    @WithDefault("image/*,video/*,audio/*,text/*,application/pdf,application/json,application/zip,application/msword,"
            + "application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/vnd.ms-excel,"
            + "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-powerpoint,"
            + "application/vnd.openxmlformats-officedocument.presentationml.presentation")
    List<String> allowedContentTypes();

    @WithDefault("2097152")
    long maxAvatarBytes();

    @WithDefault("image/png,image/jpeg,image/webp,image/gif")
    List<String> avatarContentTypes();

    /** How long signed upload and download URLs stay valid (S3 caps this at 7 days). */
    @WithDefault("PT1H")
    Duration urlTtl();

    /** How often uploads never completed (pending past the URL TTL + 1 h) are removed with their bytes. */
    @WithDefault("PT15M")
    Duration sweepInterval();

    /** Settings of the {@code s3} provider ({@code storage.s3.*}). */
    S3 s3();

    interface S3 {

        Optional<String> bucket();

        Optional<String> region();

        /** Absent for AWS itself; e.g. {@code http://127.0.0.1:9000} for MinIO. */
        Optional<String> endpoint();

        Optional<String> accessKey();

        Optional<String> secretKey();

        @WithDefault("false")
        boolean pathStyle();
    }
}
