package ai.iiagent.domain.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AttemptWindowsTest {

    private static final AttemptLimit LIMIT = new AttemptLimit(2, Duration.ofMinutes(1));
    private static final Instant T0 = Instant.parse("2026-06-01T12:00:00Z");

    private final AttemptWindows windows = new AttemptWindows();

    @Test
    void givenTheLimitReached_whenTryAcquire_thenRefusedWithTheWaitAndNothingCounted() {
        assertThat(windows.tryAcquire("a", LIMIT, T0)).isEmpty();
        assertThat(windows.tryAcquire("a", LIMIT, T0.plusSeconds(10))).isEmpty();

        assertThat(windows.tryAcquire("a", LIMIT, T0.plusSeconds(20))).contains(Duration.ofSeconds(40));
        assertThat(windows.tryAcquire("a", LIMIT, T0.plusSeconds(61))).isEmpty();
    }

    @Test
    void givenManyKeysWhoseAttemptsLeftTheWindow_whenMoreArrive_thenTheOldKeysAreSwept() {
        for (int i = 0; i < 5000; i++) {
            windows.record("old-" + i, LIMIT, T0);
        }
        for (int i = 0; i < 2048; i++) {
            windows.record("new-" + i, LIMIT, T0.plus(Duration.ofMinutes(2)));
        }
        assertThat(windows.size()).isLessThanOrEqualTo(2048 + 1024);
    }

    @Test
    void givenANonPositiveLimit_thenRejected() {
        assertThatThrownBy(() -> new AttemptLimit(0, Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AttemptLimit(1, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }
}
