package ai.iiagent.adapter.security;

import ai.iiagent.port.out.auth.AttemptCounterContractTest;
import ai.iiagent.port.out.auth.AttemptCounterPort;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Nested;

/** The attempt-counter contract on both adapters; the Redis one through a real server, as two nodes. */
@QuarkusTest
class AttemptCounterAdaptersContractTest {

    @Inject
    RedisDataSource redis;

    @Nested
    class InProcess extends AttemptCounterContractTest {

        private final InProcessAttemptCounter counter = new InProcessAttemptCounter();

        @Override
        protected AttemptCounterPort counter() {
            return counter;
        }

        @Override
        protected AttemptCounterPort otherNode() {
            return counter;
        }
    }

    @Nested
    class Redis extends AttemptCounterContractTest {

        @Override
        protected AttemptCounterPort counter() {
            return new RedisAttemptCounter(redis);
        }

        @Override
        protected AttemptCounterPort otherNode() {
            return new RedisAttemptCounter(redis);
        }
    }
}
