package ai.iiagent.port.out.auth;

import static org.assertj.core.api.Assertions.assertThat;

import ai.iiagent.domain.users.UserId;
import org.junit.jupiter.api.Test;

/** The behaviour every {@link LocalCredentialRepository} must have. */
public abstract class LocalCredentialRepositoryContractTest {

    protected abstract LocalCredentialRepository repository();

    protected abstract UserId existingUser();

    @Test
    void givenSavedHash_whenFound_thenSame_andReplacedOnSecondSave() {
        UserId user = existingUser();
        repository().save(user, "$argon2id$first");
        assertThat(repository().findHash(user)).contains("$argon2id$first");

        repository().save(user, "$argon2id$second");

        assertThat(repository().findHash(user)).contains("$argon2id$second");
    }

    @Test
    void givenUserWithoutPassword_whenFound_thenEmpty() {
        assertThat(repository().findHash(existingUser())).isEmpty();
    }
}
