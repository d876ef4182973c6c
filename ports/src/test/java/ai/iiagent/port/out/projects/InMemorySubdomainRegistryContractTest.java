package ai.iiagent.port.out.projects;

import ai.iiagent.domain.projects.ProjectId;
import ai.iiagent.domain.users.UserId;
import java.util.UUID;

/** The contract on the in-memory registry the wrapping adapters are tested with. */
class InMemorySubdomainRegistryContractTest extends SubdomainRegistryContractTest {

    private final InMemorySubdomainRegistry registry = new InMemorySubdomainRegistry();

    @Override
    protected SubdomainRegistryPort registry() {
        return registry;
    }

    @Override
    protected Holder newHolder() {
        return new Holder(new ProjectId(UUID.randomUUID()), new UserId(UUID.randomUUID()));
    }
}
