package ai.iiagent.port.out.tasks;

/** The contract holds for the test double the services' tests rely on. */
class InMemoryRunCancellationSignalContractTest extends RunCancellationSignalContractTest {

    private final InMemoryRunCancellationSignal signal = new InMemoryRunCancellationSignal();

    @Override
    protected RunCancellationSignal signal() {
        return signal;
    }

    @Override
    protected RunCancellationSignal otherNode() {
        return signal;
    }
}
