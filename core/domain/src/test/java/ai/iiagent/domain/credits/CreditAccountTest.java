package ai.iiagent.domain.credits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import ai.iiagent.domain.shared.ValidationException;
import ai.iiagent.domain.users.UserId;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Holds, settlements and releases keep balance and ledger entries in step. */
class CreditAccountTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private final UserId user = UserId.random();
    private final CreditAccount account = new CreditAccount(user, Credits.of(100), Credits.of(6), false, 3);

    @Test
    void givenBonusCredits_whenReserving_thenBonusGoesFirstAndTheLedgerRecordsBothParts() {
        CreditAccount.Reserved reserved = account.reserve(Credits.of(10), 500, BillingSubject.NONE, "k1", NOW);

        assertThat(reserved.account().bonus()).isEqualTo(Credits.ZERO);
        assertThat(reserved.account().regular()).isEqualTo(Credits.of(96));
        assertThat(reserved.reservation().fromBonus()).isEqualTo(Credits.of(6));
        assertThat(reserved.reservation().fromRegular()).isEqualTo(Credits.of(4));
        assertThat(reserved.reservation().expiresAt()).isEqualTo(NOW.plus(CreditAccount.RESERVATION_LIFETIME));
        assertThat(reserved.entries()).extracting(LedgerEntry::pool, LedgerEntry::amount, LedgerEntry::balanceAfter)
                .containsExactly(tuple(CreditPool.BONUS, Credits.of(-6), Credits.ZERO),
                        tuple(CreditPool.REGULAR, Credits.of(-4), Credits.of(96)));
        assertBalanced(account, reserved.account(), reserved.entries());
    }

    @Test
    void givenAHold_whenSettledBelowIt_thenTheRestGoesBackRegularFirst() {
        CreditAccount.Reserved reserved = account.reserve(Credits.of(10), 500, BillingSubject.NONE, "k1", NOW);
        CreditAccount.Ended settled = reserved.account().settle(reserved.reservation(), Credits.of(5), NOW);

        assertThat(settled.reservation().status()).isEqualTo(ReservationStatus.SETTLED);
        assertThat(settled.account().regular()).isEqualTo(Credits.of(100)); // 4 regular + 1 bonus refunded
        assertThat(settled.account().bonus()).isEqualTo(Credits.of(1));
        assertThat(settled.account().available()).isEqualTo(Credits.of(101));
        assertBalanced(reserved.account(), settled.account(), settled.entries());
    }

    @Test
    void givenAHold_whenTheCallCostMore_thenTheShortfallIsChargedFromTheBalance() {
        CreditAccount.Reserved reserved = account.reserve(Credits.of(10), 500, BillingSubject.NONE, "k1", NOW);
        CreditAccount.Ended settled = reserved.account().settle(reserved.reservation(), Credits.of(25), NOW);

        assertThat(settled.reservation().status()).isEqualTo(ReservationStatus.SETTLED);
        assertThat(settled.account().available()).isEqualTo(Credits.of(81));
        assertThat(settled.uncharged()).isEqualTo(Credits.ZERO);
        assertThat(settled.entries()).allMatch(entry -> entry.type() == LedgerEntryType.SETTLEMENT_CHARGE);
    }

    @Test
    void givenAShortfallBeyondTheWindow_thenChargedToTheFloor_andTheRestIsLeftForReconciliation() {
        CreditAccount poor = new CreditAccount(user, Credits.of(5), Credits.ZERO, false, 0);
        CreditAccount.Reserved reserved = poor.reserve(Credits.of(5), 100, BillingSubject.NONE, "k1", NOW);
        CreditAccount.Ended settled = reserved.account().settle(reserved.reservation(), Credits.of(80), NOW);

        assertThat(settled.account().available()).isEqualTo(Credits.of(-50));
        assertThat(settled.uncharged()).isEqualTo(Credits.of(25));
        assertThat(settled.reservation().status()).isEqualTo(ReservationStatus.SETTLEMENT_FAILED);
        assertThat(settled.account().reconciliationRequired()).isTrue();
    }

    @Test
    void givenAHold_whenReleasedOrExpired_thenAllOfItComesBackToItsPools() {
        CreditAccount.Reserved reserved = account.reserve(Credits.of(10), 500, BillingSubject.NONE, "k1", NOW);
        CreditAccount.Ended released = reserved.account().release(reserved.reservation(), LedgerEntryType.RESERVATION_RELEASE, NOW);
        CreditAccount.Ended expired = reserved.account().release(reserved.reservation(), LedgerEntryType.EXPIRY_RELEASE, NOW);
        CreditAccount.Ended zero = reserved.account().settle(reserved.reservation(), Credits.ZERO, NOW);

        for (CreditAccount.Ended ended : List.of(released, expired, zero)) {
            assertThat(ended.account().regular()).isEqualTo(Credits.of(100));
            assertThat(ended.account().bonus()).isEqualTo(Credits.of(6));
        }
        assertThat(released.reservation().status()).isEqualTo(ReservationStatus.RELEASED);
        assertThat(expired.reservation().status()).isEqualTo(ReservationStatus.EXPIRED);
        assertThat(zero.reservation().status()).isEqualTo(ReservationStatus.RELEASED);
        assertThatThrownBy(() -> released.account().settle(released.reservation(), Credits.of(1), NOW))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void givenNoBalance_whenReservingAnything_thenInsufficient_butAZeroHoldIsAlwaysAllowed() {
        CreditAccount empty = CreditAccount.open(user);
        assertThatThrownBy(() -> empty.reserve(Credits.of(1), 0, BillingSubject.NONE, "k1", NOW))
                .isInstanceOf(InsufficientCreditsException.class);
        assertThat(empty.reserve(Credits.ZERO, 4096, BillingSubject.NONE, "k2", NOW).entries()).isEmpty();
        CreditAccount some = new CreditAccount(user, Credits.of(10), Credits.ZERO, false, 0);
        assertThat(some.reserve(Credits.of(60), 0, BillingSubject.NONE, "k3", NOW).account().available())
                .isEqualTo(Credits.of(-50));
        assertThatThrownBy(() -> some.reserve(Credits.of("60.000001"), 0, BillingSubject.NONE, "k4", NOW))
                .isInstanceOf(InsufficientCreditsException.class);
    }

    @Test
    void givenGrants_thenOnlyAdjustmentsMayBeNegative_andNeverBelowTheWindow() {
        CreditAccount.Change granted = account.grant(Credits.of(50), CreditPool.BONUS, LedgerEntryType.BONUS_GRANT, "g",
                "promo", NOW);
        assertThat(granted.account().bonus()).isEqualTo(Credits.of(56));
        assertThatThrownBy(() -> account.grant(Credits.of(-1), CreditPool.REGULAR, LedgerEntryType.PURCHASE, "g", null, NOW))
                .hasMessageContaining("positive");
        assertThat(account.grant(Credits.of(-150), CreditPool.REGULAR, LedgerEntryType.ADJUSTMENT, "a", "fix", NOW)
                .account().available()).isEqualTo(Credits.of(-44));
        assertThatThrownBy(() -> account.grant(Credits.of(-7), CreditPool.BONUS, LedgerEntryType.ADJUSTMENT, "a", "x", NOW))
                .isInstanceOf(ValidationException.class).hasMessageContaining("below");
    }

    private static void assertBalanced(CreditAccount before, CreditAccount after, List<LedgerEntry> entries) {
        Credits moved = entries.stream().map(LedgerEntry::amount).reduce(Credits.ZERO, Credits::plus);
        assertThat(after.available()).isEqualTo(before.available().plus(moved));
    }
}
