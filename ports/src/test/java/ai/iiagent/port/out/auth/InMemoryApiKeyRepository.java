package ai.iiagent.port.out.auth;

import ai.iiagent.domain.auth.ApiKey;
import ai.iiagent.domain.auth.ApiKeyId;
import ai.iiagent.domain.users.UserId;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** In-memory {@link ApiKeyRepository}. */
public class InMemoryApiKeyRepository implements ApiKeyRepository {

    private final Map<ApiKeyId, ApiKey> keys = new ConcurrentHashMap<>();

    @Override
    public void save(ApiKey key) {
        keys.put(key.id(), key);
    }

    @Override
    public Optional<ApiKey> findByHash(String keyHash) {
        return keys.values().stream().filter(key -> key.keyHash().equals(keyHash)).findFirst();
    }

    @Override
    public Optional<ApiKey> findById(ApiKeyId id) {
        return Optional.ofNullable(keys.get(id));
    }

    @Override
    public List<ApiKey> findActiveByUser(UserId userId) {
        return keys.values().stream().filter(key -> key.userId().equals(userId) && !key.isRevoked())
                .sorted(Comparator.comparing(ApiKey::createdAt).reversed()).toList();
    }

    @Override
    public void revoke(ApiKeyId id, Instant now) {
        keys.computeIfPresent(id, (ignored, key) -> new ApiKey(key.id(), key.userId(), key.name(), key.prefix(),
                key.keyHash(), key.createdAt(), key.lastUsedAt(), now));
    }

    @Override
    public void touch(ApiKeyId id, Instant now) {
        keys.computeIfPresent(id, (ignored, key) -> new ApiKey(key.id(), key.userId(), key.name(), key.prefix(),
                key.keyHash(), key.createdAt(), now, key.revokedAt()));
    }
}
