package ai.iiagent.domain.auth;

import ai.iiagent.domain.users.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One refresh token of a sign-in's token family. It can be exchanged once: a second presentation
 * means it was stolen or replayed, and the whole family is revoked.
 */
public record RefreshToken(RefreshTokenId id, TokenFamilyId familyId, UserId userId, Instant issuedAt,
                           Instant expiresAt, Instant usedAt, Instant revokedAt) {

    public RefreshToken {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(familyId, "familyId");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /** The first token of a new sign-in. */
    public static RefreshToken startFamily(UserId userId, Instant now, Duration lifetime) {
        return new RefreshToken(RefreshTokenId.random(), TokenFamilyId.random(), userId, now, now.plus(lifetime),
                null, null);
    }

    /** The successor handed out when this one is exchanged; same family, fresh lifetime. */
    public RefreshToken successor(Instant now, Duration lifetime) {
        return new RefreshToken(RefreshTokenId.random(), familyId, userId, now, now.plus(lifetime), null, null);
    }

    /** What presenting this token now means. */
    public Exchange checkExchange(Instant now) {
        if (revokedAt != null) {
            return Exchange.REVOKED;
        }
        if (usedAt != null) {
            return Exchange.REUSED;
        }
        return now.isBefore(expiresAt) ? Exchange.ALLOWED : Exchange.EXPIRED;
    }

    /** Outcome of {@link #checkExchange(Instant)}. */
    public enum Exchange {
        ALLOWED, EXPIRED, REVOKED, REUSED
    }
}
