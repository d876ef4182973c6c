package ai.iiagent.port.out.auth;

import ai.iiagent.domain.auth.AccessGrant;
import ai.iiagent.domain.auth.AuthErrors;
import ai.iiagent.domain.auth.RefreshToken;
import ai.iiagent.domain.auth.RefreshTokenId;
import ai.iiagent.domain.users.Email;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.domain.users.UserRole;
import ai.iiagent.port.out.clock.ClockPort;
import java.time.Instant;
import java.util.UUID;

/** Unsigned, readable tokens with the real codec's kind and expiry checks; for use-case tests. */
public class FakeTokenCodec implements TokenCodecPort {

    private final ClockPort clock;

    public FakeTokenCodec(ClockPort clock) {
        this.clock = clock;
    }

    @Override
    public String encodeAccess(AccessGrant grant) {
        return String.join("|", "access", grant.userId().toString(), grant.email().value(), grant.role().code(),
                grant.issuedAt().toString(), grant.expiresAt().toString());
    }

    @Override
    public String encodeRefresh(RefreshToken token) {
        return String.join("|", "refresh", token.id().value().toString(), token.expiresAt().toString());
    }

    @Override
    public AccessGrant decodeAccess(String token) {
        String[] parts = token.split("\\|");
        if (parts.length != 6 || !parts[0].equals("access")) {
            throw AuthErrors.invalidToken("not an access token");
        }
        Instant expiresAt = Instant.parse(parts[5]);
        if (!clock.now().isBefore(expiresAt)) {
            throw AuthErrors.expired();
        }
        return new AccessGrant(UserId.of(UUID.fromString(parts[1])), Email.of(parts[2]), UserRole.fromCode(parts[3]),
                Instant.parse(parts[4]), expiresAt);
    }

    @Override
    public RefreshTokenId decodeRefresh(String token) {
        String[] parts = token.split("\\|");
        if (parts.length != 3 || !parts[0].equals("refresh")) {
            throw AuthErrors.invalidToken("not a refresh token");
        }
        if (!clock.now().isBefore(Instant.parse(parts[2]))) {
            throw AuthErrors.expired();
        }
        return new RefreshTokenId(UUID.fromString(parts[1]));
    }
}
