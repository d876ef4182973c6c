package ai.iiagent.port.out.auth;

import static org.assertj.core.api.Assertions.assertThat;

import ai.iiagent.domain.auth.AttemptLimit;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * What every {@link AttemptCounterPort} adapter must do; subclasses supply two views of one store (two
 * nodes when the store is shared).
 */
public abstract class AttemptCounterContractTest {

    private static final AttemptLimit LIMIT = new AttemptLimit(3, Duration.ofMinutes(10));
    private static final Instant T0 = Instant.parse("2026-06-01T12:00:00Z");

    /** A counter. */
    protected abstract AttemptCounterPort counter();

    /** The same store as another node sees it. */
    protected abstract AttemptCounterPort otherNode();

    private final String key = "signup|203.0.113." + UUID.randomUUID();

    @Test
    void tryAcquire_counts_up_to_the_limit_on_any_node_then_refuses_until_the_oldest_leaves_the_window() {
        assertThat(counter().tryAcquire(key, LIMIT, T0)).isEmpty();
        assertThat(otherNode().tryAcquire(key, LIMIT, T0.plusSeconds(60))).isEmpty();
        assertThat(counter().tryAcquire(key, LIMIT, T0.plusSeconds(120))).isEmpty();

        assertThat(otherNode().tryAcquire(key, LIMIT, T0.plusSeconds(180))).contains(Duration.ofSeconds(420));
        // The refused attempt was not counted: once the first leaves the window, one more fits.
        assertThat(counter().tryAcquire(key, LIMIT, T0.plus(LIMIT.window()).plusSeconds(1))).isEmpty();
        assertThat(counter().tryAcquire(key, LIMIT, T0.plus(LIMIT.window()).plusSeconds(2))).isPresent();
    }

    @Test
    void concurrent_tryAcquire_from_two_nodes_never_counts_more_than_the_limit() throws Exception {
        List<Callable<Boolean>> calls = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            AttemptCounterPort node = i % 2 == 0 ? counter() : otherNode();
            calls.add(() -> node.tryAcquire(key, LIMIT, T0).isEmpty());
        }
        int allowed = 0;
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            for (Future<Boolean> result : pool.invokeAll(calls)) {
                allowed += result.get() ? 1 : 0;
            }
        }
        assertThat(allowed).isEqualTo(LIMIT.max());
    }

    @Test
    void recorded_failures_block_at_the_limit_and_keys_are_independent() {
        counter().record(key, LIMIT, T0);
        otherNode().record(key, LIMIT, T0.plusSeconds(60));
        assertThat(counter().blockedFor(key, LIMIT, T0.plusSeconds(61))).isEmpty();

        counter().record(key, LIMIT, T0.plusSeconds(120));
        counter().record(key, LIMIT, T0.plusSeconds(130));

        // Four failures, limit three: free again once the two oldest have left the window.
        assertThat(otherNode().blockedFor(key, LIMIT, T0.plusSeconds(180))).contains(Duration.ofSeconds(480));
        assertThat(counter().blockedFor(key, LIMIT, T0.plus(LIMIT.window()).plusSeconds(61))).isEmpty();
        assertThat(counter().blockedFor(key + "-other", LIMIT, T0.plusSeconds(180))).isEmpty();
    }
}
