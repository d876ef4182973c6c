package ai.iiagent.port.out.credits;

import static org.assertj.core.api.Assertions.assertThat;

import ai.iiagent.domain.credits.BillingSubject;
import ai.iiagent.domain.credits.CreditAccount;
import ai.iiagent.domain.credits.CreditReservation;
import ai.iiagent.domain.credits.Credits;
import ai.iiagent.domain.credits.LedgerEntryType;
import ai.iiagent.domain.credits.ReservationId;
import ai.iiagent.domain.credits.ReservationStatus;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.port.out.tx.UnitOfWork;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * {@link CreditReservationRepository}'s contract, run against the in-memory fake and against
 * PostgreSQL: found by id and key, ended at most once, expired holds oldest first (other rows may
 * exist in a shared database, so only this test's rows are asserted).
 */
public abstract class CreditReservationRepositoryContractTest {

    protected abstract CreditReservationRepository repository();

    protected abstract UnitOfWork unitOfWork();

    /** A new user with a credit account. */
    protected abstract UserId newUser();

    @Test
    void givenAHold_thenItIsFoundByIdAndKey_endsOnce_andStaysEnded() {
        UserId user = newUser();
        Instant at = now();
        CreditReservation held = hold(user, "once-" + UUID.randomUUID(), at);
        unitOfWork().run(() -> repository().insert(held));

        assertThat(repository().find(held.id())).hasValueSatisfying(found -> {
            assertThat(found.held()).isEqualTo(Credits.of(3));
            assertThat(found.status()).isEqualTo(ReservationStatus.HELD);
        });
        assertThat(repository().findByKey(held.idempotencyKey())).map(CreditReservation::id).contains(held.id());
        assertThat(repository().find(ReservationId.random())).isEmpty();

        CreditReservation released = account(user).release(held, LedgerEntryType.RESERVATION_RELEASE, at).reservation();
        assertThat(unitOfWork().inTransaction(() -> repository().end(released, Credits.ZERO, Credits.ZERO, at))).isTrue();
        assertThat(unitOfWork().inTransaction(() -> repository().end(released, Credits.ZERO, Credits.ZERO, at))).isFalse();
        assertThat(repository().find(held.id())).hasValueSatisfying(found ->
                assertThat(found.status()).isEqualTo(ReservationStatus.RELEASED));
    }

    @Test
    void givenHoldsOfDifferentAges_thenOnlyHeldExpiredOnesAreListed_oldestFirst() {
        UserId user = newUser();
        Instant at = now();
        CreditReservation oldest = hold(user, "old-" + UUID.randomUUID(), at.minus(3, ChronoUnit.HOURS));
        CreditReservation older = hold(user, "older-" + UUID.randomUUID(), at.minus(2, ChronoUnit.HOURS));
        CreditReservation fresh = hold(user, "fresh-" + UUID.randomUUID(), at);
        CreditReservation ended = hold(user, "ended-" + UUID.randomUUID(), at.minus(4, ChronoUnit.HOURS));
        unitOfWork().run(() -> List.of(older, fresh, oldest, ended).forEach(repository()::insert));
        CreditReservation released = account(user).release(ended, LedgerEntryType.RESERVATION_RELEASE, at).reservation();
        unitOfWork().inTransaction(() -> repository().end(released, Credits.ZERO, Credits.ZERO, at));

        List<ReservationId> expired = repository().expiredHolds(at.minus(1, ChronoUnit.HOURS), 100_000).stream()
                .map(CreditReservation::id).toList();

        assertThat(expired).containsSubsequence(oldest.id(), older.id()).doesNotContain(fresh.id(), ended.id());
    }

    @Test
    void givenHoldsOfTwoRuns_thenARunsStillHeldOnesAreListed_andTheUsersHeldSumCountsOnlyHeldOnes() {
        UserId user = newUser();
        UUID run = UUID.randomUUID();
        Instant at = now();
        CreditReservation first = hold(user, run, "run-a-" + UUID.randomUUID(), at.minus(2, ChronoUnit.MINUTES));
        CreditReservation second = hold(user, run, "run-b-" + UUID.randomUUID(), at.minus(1, ChronoUnit.MINUTES));
        CreditReservation ended = hold(user, run, "run-c-" + UUID.randomUUID(), at);
        CreditReservation otherRun = hold(user, UUID.randomUUID(), "other-" + UUID.randomUUID(), at);
        unitOfWork().run(() -> List.of(second, first, ended, otherRun).forEach(repository()::insert));
        CreditReservation released = account(user).release(ended, LedgerEntryType.RESERVATION_RELEASE, at).reservation();
        unitOfWork().inTransaction(() -> repository().end(released, Credits.ZERO, Credits.ZERO, at));

        assertThat(repository().heldForRun(run)).extracting(CreditReservation::id).containsExactly(first.id(), second.id());
        assertThat(repository().heldForRun(UUID.randomUUID())).isEmpty();
        assertThat(repository().heldBy(user)).isEqualTo(Credits.of(9));
        assertThat(repository().heldBy(newUser())).isEqualTo(Credits.ZERO);
    }

    private static CreditReservation hold(UserId user, UUID run, String key, Instant at) {
        return account(user).reserve(Credits.of(3), 0, BillingSubject.tool(null, run, "contract"), key, at).reservation();
    }

    private static CreditReservation hold(UserId user, String key, Instant at) {
        return account(user).reserve(Credits.of(3), 0, BillingSubject.tool(null, null, "contract"), key, at)
                .reservation();
    }

    private static CreditAccount account(UserId user) {
        return new CreditAccount(user, Credits.of(100), Credits.ZERO, false, 0);
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
