package ai.iiagent.port.out.auth;

/** The contract on the use-case tests' fake (one store, so both "nodes" are the same counter). */
class InMemoryAttemptCounterContractTest extends AttemptCounterContractTest {

    private final InMemoryAttemptCounter counter = new InMemoryAttemptCounter();

    @Override
    protected AttemptCounterPort counter() {
        return counter;
    }

    @Override
    protected AttemptCounterPort otherNode() {
        return counter;
    }
}
