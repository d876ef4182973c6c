package ai.iiagent.domain.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FailedAttemptsTest {

    private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");
    private final FailedAttempts attempts = new FailedAttempts(3, Duration.ofMinutes(15));

    @Test
    void givenFewerFailuresThanLimit_whenChecked_thenNotBlocked() {
        attempts.record("k", T0);
        attempts.record("k", T0.plusSeconds(1));

        assertThat(attempts.blockedFor("k", T0.plusSeconds(2))).isEmpty();
    }

    @Test
    void givenLimitReached_whenChecked_thenBlockedUntilOldestLeavesWindow() {
        attempts.record("k", T0);
        attempts.record("k", T0.plusSeconds(60));
        attempts.record("k", T0.plusSeconds(120));

        assertThat(attempts.blockedFor("k", T0.plusSeconds(180))).contains(Duration.ofMinutes(12));
        assertThat(attempts.blockedFor("k", T0.plus(Duration.ofMinutes(15)).plusSeconds(1))).isEmpty();
    }

    @Test
    void givenOtherKeyBlocked_whenChecked_thenThisKeyIsFree() {
        for (int i = 0; i < 3; i++) {
            attempts.record("attacker", T0);
        }

        assertThat(attempts.blockedFor("someone-else", T0)).isEmpty();
    }

    @Test
    void givenCleared_whenChecked_thenNotBlocked() {
        for (int i = 0; i < 3; i++) {
            attempts.record("k", T0);
        }
        attempts.clear("k");

        assertThat(attempts.blockedFor("k", T0)).isEmpty();
    }
}
