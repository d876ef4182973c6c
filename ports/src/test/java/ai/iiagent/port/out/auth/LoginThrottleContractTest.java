package ai.iiagent.port.out.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every {@link LoginThrottlePort} adapter must do with at most {@link #MAX_FAILURES} failures in
 * {@link #WINDOW}; subclasses supply two views of one store (two nodes when the store is shared).
 */
public abstract class LoginThrottleContractTest {

    protected static final int MAX_FAILURES = 3;
    protected static final Duration WINDOW = Duration.ofMinutes(10);
    private static final Instant T0 = Instant.parse("2026-06-01T12:00:00Z");

    /** A throttle allowing {@link #MAX_FAILURES} failures per {@link #WINDOW}. */
    protected abstract LoginThrottlePort throttle();

    /** The same store as another node sees it. */
    protected abstract LoginThrottlePort otherNode();

    private final String key = "user-" + UUID.randomUUID() + "@example.org|203.0.113.7";

    @Test
    void below_the_limit_the_key_may_try() {
        for (int i = 0; i < MAX_FAILURES - 1; i++) {
            throttle().recordFailure(key, T0.plusSeconds(i));
        }
        assertThat(otherNode().blockedFor(key, T0.plusSeconds(5))).isEmpty();
    }

    @Test
    void failures_recorded_on_any_node_count_together_until_the_oldest_leaves_the_window() {
        throttle().recordFailure(key, T0);
        otherNode().recordFailure(key, T0.plusSeconds(60));
        throttle().recordFailure(key, T0.plusSeconds(120));

        assertThat(otherNode().blockedFor(key, T0.plusSeconds(180))).contains(WINDOW.minusSeconds(180));
        assertThat(throttle().blockedFor(key, T0.plus(WINDOW).plusSeconds(1))).isEmpty();
    }

    @Test
    void a_successful_sign_in_resets_the_count_and_keys_are_independent() {
        for (int i = 0; i < MAX_FAILURES; i++) {
            throttle().recordFailure(key, T0.plusSeconds(i));
        }
        assertThat(throttle().blockedFor(key + "-other", T0.plusSeconds(10))).isEmpty();
        assertThat(otherNode().blockedFor(key, T0.plusSeconds(10))).isPresent();

        otherNode().reset(key);

        assertThat(throttle().blockedFor(key, T0.plusSeconds(10))).isEmpty();
    }
}
