package ai.iiagent.adapter.persistence.tasks;

import ai.iiagent.port.out.tasks.RunCancellationSignal;
import ai.iiagent.port.out.tasks.RunCancellationSignalContractTest;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Nested;

/** The cancel-flag contract on both adapters; the Redis one through a real server, as two nodes. */
@QuarkusTest
class RunCancellationSignalAdaptersContractTest {

    @Inject
    RedisDataSource redis;

    @Nested
    class InProcess extends RunCancellationSignalContractTest {

        private final InProcessRunCancellationSignal signal = new InProcessRunCancellationSignal();

        @Override
        protected RunCancellationSignal signal() {
            return signal;
        }

        @Override
        protected RunCancellationSignal otherNode() {
            return signal;
        }
    }

    @Nested
    class Redis extends RunCancellationSignalContractTest {

        @Override
        protected RunCancellationSignal signal() {
            return new RedisRunCancellationSignal(redis);
        }

        @Override
        protected RunCancellationSignal otherNode() {
            return new RedisRunCancellationSignal(redis);
        }
    }
}
