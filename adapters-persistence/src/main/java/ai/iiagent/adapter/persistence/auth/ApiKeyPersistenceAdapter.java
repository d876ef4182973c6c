package ai.iiagent.adapter.persistence.auth;

import ai.iiagent.domain.auth.ApiKey;
import ai.iiagent.domain.auth.ApiKeyId;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.port.out.auth.ApiKeyRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** {@link ApiKeyRepository} on PostgreSQL. */
@ApplicationScoped
public class ApiKeyPersistenceAdapter implements ApiKeyRepository {

    // Every authenticated request touches its key; one write a minute per key is plenty.
    private static final Duration TOUCH_GRANULARITY = Duration.ofMinutes(1);

    private final AuthPersistenceMapper mapper;

    public ApiKeyPersistenceAdapter(AuthPersistenceMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    @Transactional
    public void save(ApiKey key) {
        ApiKeyEntity.getEntityManager().merge(mapper.toRow(key));
    }

    @Override
    @Transactional
    public Optional<ApiKey> findByHash(String keyHash) {
        return ApiKeyEntity.<ApiKeyEntity>find("keyHash", keyHash).firstResultOptional().map(mapper::toDomain);
    }

    @Override
    @Transactional
    public Optional<ApiKey> findById(ApiKeyId id) {
        return ApiKeyEntity.<ApiKeyEntity>findByIdOptional(id.value()).map(mapper::toDomain);
    }

    @Override
    @Transactional
    public List<ApiKey> findActiveByUser(UserId userId) {
        return ApiKeyEntity.<ApiKeyEntity>find("userId = ?1 and revokedAt is null",
                        Sort.descending("createdAt").and("id"), userId.value())
                .list().stream().map(mapper::toDomain).toList();
    }

    @Override
    @Transactional
    public void revoke(ApiKeyId id, Instant now) {
        ApiKeyEntity.update("revokedAt = ?1 where id = ?2 and revokedAt is null", now, id.value());
    }

    @Override
    @Transactional
    public void touch(ApiKeyId id, Instant now) {
        ApiKeyEntity.update("lastUsedAt = ?1 where id = ?2 and (lastUsedAt is null or lastUsedAt < ?3)", now,
                id.value(), now.minus(TOUCH_GRANULARITY));
    }
}
