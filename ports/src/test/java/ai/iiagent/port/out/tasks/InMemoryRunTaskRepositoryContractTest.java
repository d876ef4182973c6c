package ai.iiagent.port.out.tasks;

class InMemoryRunTaskRepositoryContractTest extends RunTaskRepositoryContractTest {

    private final InMemoryRunTaskRepository repository = new InMemoryRunTaskRepository();

    @Override
    protected RunTaskRepository repository() {
        return repository;
    }
}
