package ai.iiagent.port.out.settings;

import ai.iiagent.domain.users.UserId;

/** The in-memory fake keeps the model setting repository contract. */
class InMemoryModelSettingRepositoryContractTest extends ModelSettingRepositoryContractTest {

    private final InMemoryModelSettingRepository repository = new InMemoryModelSettingRepository();

    @Override
    protected ModelSettingRepository repository() {
        return repository;
    }

    @Override
    protected UserId newUser() {
        return UserId.random();
    }
}
