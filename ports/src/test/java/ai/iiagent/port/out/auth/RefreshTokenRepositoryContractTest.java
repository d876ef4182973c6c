package ai.iiagent.port.out.auth;

import static org.assertj.core.api.Assertions.assertThat;

import ai.iiagent.domain.auth.RefreshToken;
import ai.iiagent.domain.users.UserId;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The behaviour every {@link RefreshTokenRepository} must have. */
public abstract class RefreshTokenRepositoryContractTest {

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MICROS);

    protected abstract RefreshTokenRepository repository();

    /** A user the store may reference (a real row where foreign keys apply). */
    protected abstract UserId existingUser();

    @Test
    void givenSavedToken_whenFound_thenEqual() {
        RefreshToken token = RefreshToken.startFamily(existingUser(), NOW, Duration.ofDays(7));

        repository().save(token);

        assertThat(repository().findById(token.id())).contains(token);
    }

    @Test
    void givenUnusedToken_whenMarkedUsedTwice_thenOnlyFirstSucceeds() {
        RefreshToken token = saved(RefreshToken.startFamily(existingUser(), NOW, Duration.ofDays(7)));

        assertThat(repository().markUsed(token.id(), NOW.plusSeconds(1))).isTrue();
        assertThat(repository().markUsed(token.id(), NOW.plusSeconds(2))).isFalse();
        assertThat(repository().findById(token.id()).orElseThrow().usedAt()).isEqualTo(NOW.plusSeconds(1));
    }

    @Test
    void givenEightConcurrentExchanges_whenMarkedUsed_thenExactlyOneWins() throws Exception {
        RefreshToken token = saved(RefreshToken.startFamily(existingUser(), NOW, Duration.ofDays(7)));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Boolean>> exchanges = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                exchanges.add(() -> repository().markUsed(token.id(), NOW.plusSeconds(1)));
            }
            long winners = 0;
            for (Future<Boolean> result : pool.invokeAll(exchanges)) {
                winners += result.get() ? 1 : 0;
            }
            assertThat(winners).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void givenFamilyOfTwo_whenFamilyRevoked_thenBothRevokedAndOtherFamilyUntouched() {
        UserId user = existingUser();
        RefreshToken first = saved(RefreshToken.startFamily(user, NOW, Duration.ofDays(7)));
        RefreshToken second = saved(first.successor(NOW.plusSeconds(10), Duration.ofDays(7)));
        RefreshToken otherSignIn = saved(RefreshToken.startFamily(user, NOW, Duration.ofDays(7)));

        assertThat(repository().revokeFamily(first.familyId(), NOW.plusSeconds(20))).isEqualTo(2);

        assertThat(repository().findById(first.id()).orElseThrow().revokedAt()).isEqualTo(NOW.plusSeconds(20));
        assertThat(repository().findById(second.id()).orElseThrow().revokedAt()).isEqualTo(NOW.plusSeconds(20));
        assertThat(repository().findById(otherSignIn.id()).orElseThrow().revokedAt()).isNull();
        assertThat(repository().markUsed(second.id(), NOW.plusSeconds(30))).isFalse();
    }

    private RefreshToken saved(RefreshToken token) {
        repository().save(token);
        return token;
    }
}
