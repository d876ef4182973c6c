package ai.iiagent.port.out.files;

import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.users.UserId;

/** The fake keeps the asset repository contract. */
class InMemoryAssetRepositoryContractTest extends AssetRepositoryContractTest {

    private final InMemoryAssetRepository repository = new InMemoryAssetRepository();

    @Override
    protected AssetRepository repository() {
        return repository;
    }

    @Override
    protected UserId newUser() {
        return UserId.random();
    }

    @Override
    protected SessionId newSession(UserId owner) {
        return SessionId.random();
    }
}
