package ai.iiagent.adapter.persistence.pubsub;

import ai.iiagent.port.out.pubsub.EventBusContractTest;
import ai.iiagent.port.out.pubsub.EventBusPort;
import org.junit.jupiter.api.AfterEach;

class InProcessEventBusContractTest extends EventBusContractTest {

    private final InProcessEventBus bus = new InProcessEventBus();

    @Override
    protected EventBusPort bus() {
        return bus;
    }

    @AfterEach
    void stopBus() {
        bus.close();
    }
}
