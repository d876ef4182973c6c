package ai.iiagent.domain.auth;

import static org.assertj.core.api.Assertions.assertThat;

import ai.iiagent.domain.users.UserId;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RefreshTokenTest {

    private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");
    private static final Duration WEEK = Duration.ofDays(7);

    @Test
    void givenFreshToken_whenExchanged_thenAllowedUntilExpiry() {
        RefreshToken token = RefreshToken.startFamily(UserId.random(), T0, WEEK);

        assertThat(token.checkExchange(T0.plusSeconds(1))).isEqualTo(RefreshToken.Exchange.ALLOWED);
        assertThat(token.checkExchange(T0.plus(WEEK))).isEqualTo(RefreshToken.Exchange.EXPIRED);
    }

    @Test
    void givenUsedToken_whenExchangedAgain_thenReuse() {
        RefreshToken token = RefreshToken.startFamily(UserId.random(), T0, WEEK);
        RefreshToken used = new RefreshToken(token.id(), token.familyId(), token.userId(), T0, token.expiresAt(),
                T0.plusSeconds(5), null);

        assertThat(used.checkExchange(T0.plusSeconds(6))).isEqualTo(RefreshToken.Exchange.REUSED);
    }

    @Test
    void givenRevokedToken_whenExchanged_thenRevokedEvenIfAlsoUsed() {
        RefreshToken token = RefreshToken.startFamily(UserId.random(), T0, WEEK);
        RefreshToken revoked = new RefreshToken(token.id(), token.familyId(), token.userId(), T0, token.expiresAt(),
                T0.plusSeconds(5), T0.plusSeconds(6));

        assertThat(revoked.checkExchange(T0.plusSeconds(7))).isEqualTo(RefreshToken.Exchange.REVOKED);
    }

    @Test
    void givenToken_whenSucceeded_thenSameFamilyNewIdFreshLifetime() {
        RefreshToken token = RefreshToken.startFamily(UserId.random(), T0, WEEK);

        RefreshToken next = token.successor(T0.plusSeconds(60), WEEK);

        assertThat(next.familyId()).isEqualTo(token.familyId());
        assertThat(next.id()).isNotEqualTo(token.id());
        assertThat(next.expiresAt()).isEqualTo(T0.plusSeconds(60).plus(WEEK));
    }
}
