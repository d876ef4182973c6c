package ai.iiagent.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import static org.assertj.core.api.Assertions.assertThat;

import ai.iiagent.adapter.persistence.pubsub.RedisEventBus;
import ai.iiagent.adapter.security.RedisAttemptCounter;
import ai.iiagent.port.out.auth.AttemptCounterPort;
import ai.iiagent.port.out.pubsub.EventBusPort;
import io.quarkus.arc.ClientProxy;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With REDIS_URL set, readiness includes a live PING to Redis (bin/test starts a real server). */
@QuarkusTest
@TestProfile(RedisConfiguredTest.WithRedis.class)
class RedisConfiguredTest {

    public static class WithRedis implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            String url = System.getenv().getOrDefault("TEST_REDIS_URL", "redis://127.0.0.1:6379");
            return Map.of("quarkus.redis.hosts", url, "app.redis-url", url);
        }
    }

    @Inject
    EventBusPort bus;

    @Inject
    AttemptCounterPort attempts;

    @Test
    void givenRedisConfigured_thenEventsTravelThroughRedis() {
        assertThat(ClientProxy.unwrap(bus)).isInstanceOf(RedisEventBus.class);
    }

    @Test
    void givenRedisConfigured_thenSignUpAndSignInLimitsAreCountedInRedis() {
        assertThat(ClientProxy.unwrap(attempts)).isInstanceOf(RedisAttemptCounter.class);
    }

    @Test
    void givenRedisConfigured_whenReadinessRequested_thenRedisAnswersPing() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'Redis connection health check' }.data.default", equalTo("PONG"));
    }
}
