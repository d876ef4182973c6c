package ai.iiagent.e2e.credits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.iiagent.domain.credits.BillingSubject;
import ai.iiagent.domain.credits.CreditPool;
import ai.iiagent.domain.credits.CreditReservation;
import ai.iiagent.domain.credits.Credits;
import ai.iiagent.domain.credits.LedgerEntryType;
import ai.iiagent.domain.credits.ReservationStatus;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.port.in.credits.CheckLedgerConsistencyUseCase;
import ai.iiagent.port.in.credits.ExpireReservationsCommand;
import ai.iiagent.port.in.credits.GetCreditBalanceQuery;
import ai.iiagent.port.in.credits.GetCreditBalanceUseCase;
import ai.iiagent.port.in.credits.GrantCreditsCommand;
import ai.iiagent.port.in.credits.GrantCreditsUseCase;
import ai.iiagent.domain.credits.HoldRequest;
import ai.iiagent.port.in.credits.ReserveCreditsCommand;
import ai.iiagent.port.in.credits.ReserveCreditsUseCase;
import ai.iiagent.port.in.credits.SettleReservationCommand;
import ai.iiagent.port.in.credits.SettleReservationUseCase;
import ai.iiagent.port.in.credits.Settlement;
import ai.iiagent.port.out.credits.CreditAccountRepository;
import ai.iiagent.port.out.credits.CreditLedgerRepository;
import ai.iiagent.port.out.credits.CreditReservationRepository;
import ai.iiagent.port.out.tx.UnitOfWork;
import ai.iiagent.service.credits.ExpireReservationsService;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** A process dying between reserve and settle loses nothing: the expiry job returns the hold exactly once. */
@QuarkusTest
class ReservationExpiryTest {

    @Inject
    ReserveCreditsUseCase reserve;
    @Inject
    SettleReservationUseCase settle;
    @Inject
    GrantCreditsUseCase grant;
    @Inject
    GetCreditBalanceUseCase balance;
    @Inject
    CheckLedgerConsistencyUseCase consistency;
    @Inject
    CreditAccountRepository accounts;
    @Inject
    CreditLedgerRepository ledger;
    @Inject
    CreditReservationRepository reservations;
    @Inject
    UnitOfWork unitOfWork;

    @Test
    void givenAReserveRolledBackWithItsConnection_thenNothingIsHeld() {
        UserId user = CreditFixtures.idOf(CreditFixtures.newUser());
        String key = "rollback-" + UUID.randomUUID();

        assertThatThrownBy(() -> unitOfWork.inTransaction(() -> {
            reserve.reserve(new ReserveCreditsCommand(user, BillingSubject.NONE, key, new HoldRequest.Fixed(Credits.of(10))));
            throw new IllegalStateException("the process dies before settling");
        })).hasMessageContaining("dies");

        assertThat(total(user)).isEqualTo(Credits.of(300));
        assertThat(reservations.findByKey(key)).isEmpty();
    }

    @Test
    void givenAHoldNobodySettled_whenTwoNodesRunTheExpiryJob_thenItComesBackExactlyOnce() throws Exception {
        UserId user = CreditFixtures.idOf(CreditFixtures.newUser());
        grant.grant(new GrantCreditsCommand(user, Credits.of(5), CreditPool.BONUS, LedgerEntryType.BONUS_GRANT,
                "expiry-bonus-" + user, "test"));
        CreditReservation orphan = reserve.reserve(new ReserveCreditsCommand(user, BillingSubject.NONE,
                "orphan-" + UUID.randomUUID(), new HoldRequest.Fixed(Credits.of(12))));
        assertThat(total(user)).isEqualTo(Credits.of(293));

        Instant later = orphan.expiresAt().plus(Duration.ofMinutes(1));
        ExpireReservationsService nodeA = expiryAt(later);
        ExpireReservationsService nodeB = expiryAt(later);
        CompletableFuture<Integer> a = CompletableFuture.supplyAsync(() -> expireOwn(nodeA, user));
        CompletableFuture<Integer> b = CompletableFuture.supplyAsync(() -> expireOwn(nodeB, user));
        CompletableFuture.allOf(a, b).get();

        assertThat(total(user)).isEqualTo(Credits.of(305));
        assertThat(a.get() + b.get()).isGreaterThanOrEqualTo(1);
        assertThat(reservations.find(orphan.id())).get().extracting(CreditReservation::status)
                .isEqualTo(ReservationStatus.EXPIRED);
        assertThat(ledger.history(user, Optional.of(LedgerEntryType.EXPIRY_RELEASE), Optional.empty(), 1, 10).entries())
                .extracting(entry -> entry.amount()).containsExactlyInAnyOrder(Credits.of(7), Credits.of(5));

        Settlement late = settle.settle(new SettleReservationCommand(orphan.id(), Credits.of(3), null, null, false));
        assertThat(late.alreadyEnded()).isTrue();
        assertThat(total(user)).isEqualTo(Credits.of(305));
        assertThat(consistency.check().breaks()).filteredOn(found -> found.userId().equals(user)).isEmpty();
    }

    @Test
    void givenAHoldStillWithinItsLifetime_thenTheJobLeavesIt() {
        UserId user = CreditFixtures.idOf(CreditFixtures.newUser());
        CreditReservation fresh = reserve.reserve(new ReserveCreditsCommand(user, BillingSubject.NONE,
                "fresh-" + UUID.randomUUID(), new HoldRequest.Fixed(Credits.of(4))));

        expireOwn(expiryAt(fresh.expiresAt().minusSeconds(60)), user);

        assertThat(reservations.find(fresh.id())).get().extracting(CreditReservation::status)
                .isEqualTo(ReservationStatus.HELD);
        assertThat(total(user)).isEqualTo(Credits.of(296));
    }

    private ExpireReservationsService expiryAt(Instant now) {
        return new ExpireReservationsService(accounts, ledger, reservations, unitOfWork, () -> now);
    }

    // Other tests' holds may be stale too; this counts only whether ours came back.
    private int expireOwn(ExpireReservationsService service, UserId user) {
        int returned;
        do {
            returned = service.expire(new ExpireReservationsCommand(500));
        } while (returned == 500);
        return returned;
    }

    private Credits total(UserId user) {
        return balance.balance(new GetCreditBalanceQuery(user)).total();
    }
}
