package ai.iiagent.adapter.persistence.auth;

import ai.iiagent.domain.auth.RefreshToken;
import ai.iiagent.domain.auth.RefreshTokenId;
import ai.iiagent.domain.auth.TokenFamilyId;
import ai.iiagent.port.out.auth.RefreshTokenRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;

/** {@link RefreshTokenRepository} on PostgreSQL; single-use is a conditional UPDATE, not a read-then-write. */
@ApplicationScoped
public class RefreshTokenPersistenceAdapter implements RefreshTokenRepository {

    private final AuthPersistenceMapper mapper;

    public RefreshTokenPersistenceAdapter(AuthPersistenceMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    @Transactional
    public void save(RefreshToken token) {
        RefreshTokenEntity.getEntityManager().merge(mapper.toRow(token));
    }

    @Override
    @Transactional
    public Optional<RefreshToken> findById(RefreshTokenId id) {
        return RefreshTokenEntity.<RefreshTokenEntity>findByIdOptional(id.value()).map(mapper::toDomain);
    }

    @Override
    @Transactional
    public boolean markUsed(RefreshTokenId id, Instant now) {
        return RefreshTokenEntity.update("usedAt = ?1 where id = ?2 and usedAt is null and revokedAt is null",
                now, id.value()) == 1;
    }

    @Override
    @Transactional
    public int revokeFamily(TokenFamilyId familyId, Instant now) {
        return RefreshTokenEntity.update("revokedAt = ?1 where familyId = ?2 and revokedAt is null", now,
                familyId.value());
    }
}
