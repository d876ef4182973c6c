package ai.iiagent.port.out.auth;

import static org.assertj.core.api.Assertions.assertThat;

import ai.iiagent.domain.auth.ApiKey;
import ai.iiagent.domain.auth.ApiKeySecret;
import ai.iiagent.domain.users.UserId;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/** The behaviour every {@link ApiKeyRepository} must have. */
public abstract class ApiKeyRepositoryContractTest {

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MICROS);

    protected abstract ApiKeyRepository repository();

    protected abstract UserId existingUser();

    @Test
    void givenSavedKey_whenFoundByHashOfPresentedSecret_thenEqual() {
        ApiKeySecret secret = ApiKeySecret.generate();
        ApiKey key = ApiKey.create(existingUser(), "ci", secret, NOW);

        repository().save(key);

        assertThat(repository().findByHash(ApiKeySecret.presented(secret.reveal()).hash())).contains(key);
        assertThat(repository().findById(key.id())).contains(key);
        assertThat(repository().findByHash(ApiKeySecret.generate().hash())).isEmpty();
    }

    @Test
    void givenThreeKeysOneRevoked_whenListed_thenActiveNewestFirst() {
        UserId user = existingUser();
        ApiKey older = saved(ApiKey.create(user, "older", ApiKeySecret.generate(), NOW));
        ApiKey newer = saved(ApiKey.create(user, "newer", ApiKeySecret.generate(), NOW.plusSeconds(1)));
        ApiKey revoked = saved(ApiKey.create(user, "revoked", ApiKeySecret.generate(), NOW.plusSeconds(2)));
        saved(ApiKey.create(existingUser(), "someone else's", ApiKeySecret.generate(), NOW));

        repository().revoke(revoked.id(), NOW.plusSeconds(3));

        assertThat(repository().findActiveByUser(user)).extracting(ApiKey::id).containsExactly(newer.id(), older.id());
        assertThat(repository().findById(revoked.id()).orElseThrow().revokedAt()).isEqualTo(NOW.plusSeconds(3));
    }

    @Test
    void givenKey_whenTouched_thenLastUsedRecorded() {
        ApiKey key = saved(ApiKey.create(existingUser(), "touched", ApiKeySecret.generate(), NOW));

        repository().touch(key.id(), NOW.plusSeconds(120));

        assertThat(repository().findById(key.id()).orElseThrow().lastUsedAt()).isEqualTo(NOW.plusSeconds(120));
    }

    private ApiKey saved(ApiKey key) {
        repository().save(key);
        return key;
    }
}
