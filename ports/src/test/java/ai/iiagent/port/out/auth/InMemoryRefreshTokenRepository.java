package ai.iiagent.port.out.auth;

import ai.iiagent.domain.auth.RefreshToken;
import ai.iiagent.domain.auth.RefreshTokenId;
import ai.iiagent.domain.auth.TokenFamilyId;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** In-memory {@link RefreshTokenRepository}; {@code markUsed} is atomic per token. */
public class InMemoryRefreshTokenRepository implements RefreshTokenRepository {

    private final Map<RefreshTokenId, RefreshToken> tokens = new ConcurrentHashMap<>();

    @Override
    public void save(RefreshToken token) {
        tokens.put(token.id(), token);
    }

    @Override
    public Optional<RefreshToken> findById(RefreshTokenId id) {
        return Optional.ofNullable(tokens.get(id));
    }

    @Override
    public synchronized boolean markUsed(RefreshTokenId id, Instant now) {
        RefreshToken token = tokens.get(id);
        if (token == null || token.usedAt() != null || token.revokedAt() != null) {
            return false;
        }
        tokens.put(id, new RefreshToken(token.id(), token.familyId(), token.userId(), token.issuedAt(),
                token.expiresAt(), now, null));
        return true;
    }

    @Override
    public synchronized int revokeFamily(TokenFamilyId familyId, Instant now) {
        int revoked = 0;
        for (RefreshToken token : tokens.values()) {
            if (token.familyId().equals(familyId) && token.revokedAt() == null) {
                tokens.put(token.id(), new RefreshToken(token.id(), token.familyId(), token.userId(),
                        token.issuedAt(), token.expiresAt(), token.usedAt(), now));
                revoked++;
            }
        }
        return revoked;
    }
}
