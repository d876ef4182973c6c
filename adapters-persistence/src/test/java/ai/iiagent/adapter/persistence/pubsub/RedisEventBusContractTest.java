package ai.iiagent.adapter.persistence.pubsub;

import ai.iiagent.port.out.pubsub.EventBusContractTest;
import ai.iiagent.port.out.pubsub.EventBusPort;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** The same contract through a real Redis server (bin/test starts one on 127.0.0.1:6379). */
@QuarkusTest
class RedisEventBusContractTest extends EventBusContractTest {

    @Inject
    RedisDataSource redis;

    @Inject
    ObjectMapper json;

    private RedisEventBus bus;

    @BeforeEach
    void connect() {
        bus = new RedisEventBus(redis, json);
    }

    @AfterEach
    void disconnect() {
        bus.close();
    }

    @Override
    protected EventBusPort bus() {
        return bus;
    }
}
