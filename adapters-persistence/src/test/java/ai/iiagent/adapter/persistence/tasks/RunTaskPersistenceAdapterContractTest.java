package ai.iiagent.adapter.persistence.tasks;

import ai.iiagent.port.out.tasks.RunTaskRepository;
import ai.iiagent.port.out.tasks.RunTaskRepositoryContractTest;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/** The runs contract on PostgreSQL, where the partial unique index enforces one active run. */
@QuarkusTest
class RunTaskPersistenceAdapterContractTest extends RunTaskRepositoryContractTest {

    @Inject
    RunTaskPersistenceAdapter adapter;

    @Override
    protected RunTaskRepository repository() {
        return adapter;
    }
}
