package ai.iiagent.domain.auth;

import ai.iiagent.domain.shared.ErrorCode;
import ai.iiagent.domain.shared.ValidationException;
import ai.iiagent.domain.users.UserId;
import java.time.Instant;
import java.util.Objects;

/** A long-lived credential a user created for scripts and integrations; usable like an access token. */
public record ApiKey(ApiKeyId id, UserId userId, String name, String prefix, String keyHash, Instant createdAt,
                     Instant lastUsedAt, Instant revokedAt) {

    static final int MAX_NAME_LENGTH = 100;

    public ApiKey {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(prefix, "prefix");
        Objects.requireNonNull(keyHash, "keyHash");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public static ApiKey create(UserId owner, String name, ApiKeySecret secret, Instant now) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_NAME_LENGTH) {
            throw new ValidationException(ErrorCode.of("invalid_api_key_name"), "API key names have 1 to 100 characters");
        }
        return new ApiKey(ApiKeyId.random(), owner, trimmed, secret.prefix(), secret.hash(), now, null, null);
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    public boolean isOwnedBy(UserId user) {
        return userId.equals(user);
    }
}
