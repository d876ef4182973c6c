package ai.iiagent.domain.auth;

import ai.iiagent.domain.users.Email;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.domain.users.UserRole;
import java.time.Instant;
import java.util.Objects;

/** What a short-lived access token says: who, with which role, until when. */
public record AccessGrant(UserId userId, Email email, UserRole role, Instant issuedAt, Instant expiresAt) {

    public AccessGrant {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }
}
