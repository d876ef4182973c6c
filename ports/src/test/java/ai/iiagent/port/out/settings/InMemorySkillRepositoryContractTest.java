package ai.iiagent.port.out.settings;

import ai.iiagent.domain.users.UserId;

/** The in-memory fake keeps the skill repository contract. */
class InMemorySkillRepositoryContractTest extends SkillRepositoryContractTest {

    private final InMemorySkillRepository repository = new InMemorySkillRepository();

    @Override
    protected SkillRepository repository() {
        return repository;
    }

    @Override
    protected UserId newUser() {
        return UserId.random();
    }
}
