package ai.iiagent.adapter.security;

import ai.iiagent.port.out.auth.LoginThrottleContractTest;
import ai.iiagent.port.out.auth.LoginThrottlePort;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Nested;

/** The login-throttle contract on both adapters; the Redis one through a real server, as two nodes. */
@QuarkusTest
class LoginThrottleAdaptersContractTest {

    @Inject
    RedisDataSource redis;

    @Nested
    class InProcess extends LoginThrottleContractTest {

        private final InProcessLoginThrottle throttle = new InProcessLoginThrottle(MAX_FAILURES, WINDOW);

        @Override
        protected LoginThrottlePort throttle() {
            return throttle;
        }

        @Override
        protected LoginThrottlePort otherNode() {
            return throttle;
        }
    }

    @Nested
    class Redis extends LoginThrottleContractTest {

        @Override
        protected LoginThrottlePort throttle() {
            return new RedisLoginThrottle(redis, MAX_FAILURES, WINDOW);
        }

        @Override
        protected LoginThrottlePort otherNode() {
            return new RedisLoginThrottle(redis, MAX_FAILURES, WINDOW);
        }
    }
}
