package ai.iiagent.domain.auth;

import java.util.Objects;
import java.util.UUID;

/** Identity of one refresh token (its {@code jti}). */
public record RefreshTokenId(UUID value) {

    public RefreshTokenId {
        Objects.requireNonNull(value, "value");
    }

    public static RefreshTokenId random() {
        return new RefreshTokenId(UUID.randomUUID());
    }
}
