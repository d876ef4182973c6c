package ai.iiagent.port.out.storage;

/** The fake keeps the storage contract the real adapters keep. */
class InMemoryStorageContractTest extends StoragePortContractTest {

    private final InMemoryStorage storage = new InMemoryStorage();

    @Override
    protected StoragePort storage() {
        return storage;
    }
}
