package ai.iiagent.adapter.persistence.users;

import ai.iiagent.port.out.users.UserRepository;
import ai.iiagent.port.out.users.UserRepositoryContractTest;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/** The shared {@link UserRepository} contract, on the Panache adapter and real PostgreSQL. */
@QuarkusTest
class UserPersistenceAdapterContractTest extends UserRepositoryContractTest {

    @Inject
    UserPersistenceAdapter adapter;

    @Override
    protected UserRepository repository() {
        return adapter;
    }
}
