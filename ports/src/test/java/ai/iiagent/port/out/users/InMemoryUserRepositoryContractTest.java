package ai.iiagent.port.out.users;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InMemoryUserRepositoryContractTest extends UserRepositoryContractTest {

    private final InMemoryUserRepository repository = new InMemoryUserRepository();

    @Override
    protected UserRepository repository() {
        return repository;
    }

    @Test
    void givenNoUserSaved_whenAskedIfAnyExists_thenFalse() {
        assertThat(repository.existsAny()).isFalse();
    }
}
