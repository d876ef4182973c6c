package ai.iiagent.port.out.auth;

import ai.iiagent.domain.auth.RefreshToken;
import ai.iiagent.domain.auth.RefreshTokenId;
import ai.iiagent.domain.auth.TokenFamilyId;
import java.time.Instant;
import java.util.Optional;

/**
 * Refresh tokens and their families. {@link #markUsed} is atomic: of two concurrent exchanges of
 * one token exactly one succeeds, which is what makes reuse detection sound.
 */
public interface RefreshTokenRepository {

    void save(RefreshToken token);

    Optional<RefreshToken> findById(RefreshTokenId id);

    /** Marks an unused, unrevoked token used; false when it was already used or revoked. */
    boolean markUsed(RefreshTokenId id, Instant now);

    /** Revokes every not yet revoked token of the family; returns how many. */
    int revokeFamily(TokenFamilyId familyId, Instant now);
}
