package ai.iiagent.domain.auth;

import java.util.Objects;
import java.util.UUID;

/** All refresh tokens descended by rotation from one sign-in; revoked together. */
public record TokenFamilyId(UUID value) {

    public TokenFamilyId {
        Objects.requireNonNull(value, "value");
    }

    public static TokenFamilyId random() {
        return new TokenFamilyId(UUID.randomUUID());
    }
}
