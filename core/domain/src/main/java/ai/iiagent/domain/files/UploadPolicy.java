package ai.iiagent.domain.files;

import ai.iiagent.domain.shared.ErrorCode;
import ai.iiagent.domain.shared.ValidationException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Limits on what may be stored: size caps, a content-type allow-list ({@code image/*}, {@code application/pdf},
 * {@code *} for anything) and how long signed URLs live.
 */
public record UploadPolicy(long maxUploadBytes, List<String> allowedTypes, long maxAvatarBytes,
                           List<String> avatarTypes, Duration urlTtl) {

    public UploadPolicy {
        allowedTypes = List.copyOf(allowedTypes);
        avatarTypes = List.copyOf(avatarTypes);
        Objects.requireNonNull(urlTtl, "urlTtl");
        if (maxUploadBytes <= 0 || maxAvatarBytes <= 0 || urlTtl.isNegative() || urlTtl.isZero()) {
            throw new IllegalArgumentException("limits and TTL must be positive");
        }
    }

    /** @throws FileTooLargeException or {@link ContentTypeNotAllowedException} */
    public void check(AssetPurpose purpose, ContentType type, long size) {
        long limit = purpose == AssetPurpose.AVATAR ? maxAvatarBytes : maxUploadBytes;
        if (size < 0) {
            throw new ValidationException(ErrorCode.of("invalid_file_size"), "size must not be negative");
        }
        if (size > limit) {
            throw new FileTooLargeException(size, limit);
        }
        List<String> allowed = purpose == AssetPurpose.AVATAR ? avatarTypes : allowedTypes;
        if (allowed.stream().noneMatch(type::matches)) {
            throw new ContentTypeNotAllowedException(type);
        }
    }

    public long limitFor(AssetPurpose purpose) {
        return purpose == AssetPurpose.AVATAR ? maxAvatarBytes : maxUploadBytes;
    }
}
