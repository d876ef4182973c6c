package ai.iiagent.port.out.auth;

import ai.iiagent.domain.auth.ApiKey;
import ai.iiagent.domain.auth.ApiKeyId;
import ai.iiagent.domain.users.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** API keys, looked up by the SHA-256 of the presented secret. */
public interface ApiKeyRepository {

    void save(ApiKey key);

    /** Finds revoked keys too; the caller decides. */
    Optional<ApiKey> findByHash(String keyHash);

    Optional<ApiKey> findById(ApiKeyId id);

    /** Unrevoked keys of the user, newest first. */
    List<ApiKey> findActiveByUser(UserId userId);

    void revoke(ApiKeyId id, Instant now);

    /** Records use; implementations may skip the write when the last one is under a minute old. */
    void touch(ApiKeyId id, Instant now);
}
