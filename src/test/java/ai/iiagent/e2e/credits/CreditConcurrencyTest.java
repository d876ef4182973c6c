package ai.iiagent.e2e.credits;

import static org.assertj.core.api.Assertions.assertThat;

import ai.iiagent.domain.credits.BillingSubject;
import ai.iiagent.domain.credits.CreditPool;
import ai.iiagent.domain.credits.CreditReservation;
import ai.iiagent.domain.credits.Credits;
import ai.iiagent.domain.credits.InsufficientCreditsException;
import ai.iiagent.domain.credits.LedgerEntryType;
import ai.iiagent.domain.credits.ModelPrice;
import ai.iiagent.domain.credits.TokenUsage;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.port.in.credits.CheckLedgerConsistencyUseCase;
import ai.iiagent.port.in.credits.CreditBalance;
import ai.iiagent.port.in.credits.GetCreditBalanceQuery;
import ai.iiagent.port.in.credits.GetCreditBalanceUseCase;
import ai.iiagent.port.in.credits.GrantCreditsCommand;
import ai.iiagent.port.in.credits.GrantCreditsUseCase;
import ai.iiagent.domain.credits.HoldRequest;
import ai.iiagent.port.in.credits.ReleaseReservationCommand;
import ai.iiagent.port.in.credits.ReleaseReservationUseCase;
import ai.iiagent.port.in.credits.ReserveCreditsCommand;
import ai.iiagent.port.in.credits.ReserveCreditsUseCase;
import ai.iiagent.port.in.credits.SettleReservationCommand;
import ai.iiagent.port.in.credits.SettleReservationUseCase;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * 32 threads × 500 reserve → settle | release on one account, on PostgreSQL: afterwards every pool
 * equals its ledger, every reservation its entries, nothing is still held, no idempotency key twice,
 * and the balance never went below the shortfall window.
 */
@QuarkusTest
class CreditConcurrencyTest {

    private static final int THREADS = 32;
    private static final int OPERATIONS = 500;
    private static final ModelPrice PRICE = ModelPrice.of("2.5", "10", "0", "1.25");

    @Inject
    ReserveCreditsUseCase reserve;
    @Inject
    SettleReservationUseCase settle;
    @Inject
    ReleaseReservationUseCase release;
    @Inject
    GrantCreditsUseCase grant;
    @Inject
    GetCreditBalanceUseCase balance;
    @Inject
    CheckLedgerConsistencyUseCase consistency;
    @Inject
    AgroalDataSource dataSource;

    @Test
    void givenOneHotAccount_when32ThreadsReserveSettleAndRelease_thenTheBooksBalance() throws Exception {
        UserId user = CreditFixtures.idOf(CreditFixtures.newUser());
        grant.grant(new GrantCreditsCommand(user, Credits.of(700), CreditPool.BONUS, LedgerEntryType.BONUS_GRANT,
                "conc-bonus-" + user, "load"));
        UUID session = UUID.randomUUID();
        AtomicInteger refused = new AtomicInteger();
        AtomicInteger freeAttempts = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> workers = new ArrayList<>();
        for (int thread = 0; thread < THREADS; thread++) {
            int t = thread;
            workers.add(pool.submit(() -> {
                for (int op = 0; op < OPERATIONS; op++) {
                    operate(user, session, "conc-" + user + "-" + t + "-" + op, refused, freeAttempts);
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        pool.shutdown();

        CreditBalance after = balance.balance(new GetCreditBalanceQuery(user));
        // A zero hold is never refused, so at least that many calls must have gone through.
        assertThat(THREADS * OPERATIONS - refused.get()).isGreaterThanOrEqualTo(freeAttempts.get())
                .isGreaterThan(THREADS * OPERATIONS / 10);
        assertThat(after.total()).isGreaterThanOrEqualTo(Credits.of(-50));
        assertThat(consistency.check().breaks()).filteredOn(found -> found.userId().equals(user)).isEmpty();
        assertThat(count("select count(*) from credit_reservations where user_id = ? and status = 'held'", user)).isZero();
        assertThat(count("select count(*) from credit_reservations where user_id = ?", user))
                .isEqualTo(THREADS * OPERATIONS - refused.get());
        assertThat(count("select count(*) - count(distinct idempotency_key) from credit_ledger where user_id = ?", user))
                .isZero();
        // Every pool balance after each entry, replayed in order, never left the window.
        assertThat(count("""
                select count(*) from (select sum(amount) over (order by seq) as running
                                        from credit_ledger where user_id = ?) r where r.running < -50""", user)).isZero();
    }

    /**
     * 40 threads race for 1-credit holds on an account of exactly 100: a positive hold needs a
     * positive balance, so exactly 100 succeed (not fewer: refusing everything is no answer) and
     * the balance ends at exactly zero, never below.
     */
    @Test
    void givenExactly100Credits_when40ThreadsRaceForOneCreditHolds_thenExactly100SucceedAndNoneOverdraws()
            throws Exception {
        UserId user = CreditFixtures.idOf(CreditFixtures.newUser());
        grant.grant(new GrantCreditsCommand(user, Credits.of(60), CreditPool.BONUS, LedgerEntryType.BONUS_GRANT,
                "exact-bonus-" + user, "load"));
        // The sign-up grant is regular; bring the account to exactly 60 bonus + 40 regular.
        Credits signup = balance.balance(new GetCreditBalanceQuery(user)).regular();
        grant.grant(new GrantCreditsCommand(user, Credits.of(40).minus(signup), CreditPool.REGULAR,
                LedgerEntryType.ADJUSTMENT, "exact-regular-" + user, "load"));
        assertThat(balance.balance(new GetCreditBalanceQuery(user)).total()).isEqualTo(Credits.of(100));
        AtomicInteger granted = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(40);
        List<Future<?>> workers = new ArrayList<>();
        for (int thread = 0; thread < 40; thread++) {
            int t = thread;
            workers.add(pool.submit(() -> {
                for (int op = 0; op < 10; op++) {
                    try {
                        reserve.reserve(new ReserveCreditsCommand(user, BillingSubject.tool(UUID.randomUUID(),
                                UUID.randomUUID(), "exact"), "exact-" + user + "-" + t + "-" + op,
                                new HoldRequest.Fixed(Credits.of(1))));
                        granted.incrementAndGet();
                    } catch (InsufficientCreditsException e) {
                        refused.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        pool.shutdown();

        assertThat(granted.get()).isEqualTo(100);
        assertThat(refused.get()).isEqualTo(300);
        assertThat(balance.balance(new GetCreditBalanceQuery(user)).total()).isEqualTo(Credits.ZERO);
        assertThat(count("select count(*) from credit_reservations where user_id = ? and status = 'held'", user))
                .isEqualTo(100);
        assertThat(count("""
                select count(*) from (select sum(amount) over (order by seq) as running
                                        from credit_ledger where user_id = ?) r where r.running < 0""", user)).isZero();
        assertThat(consistency.check().breaks()).filteredOn(found -> found.userId().equals(user)).isEmpty();
    }

    private void operate(UserId user, UUID session, String key, AtomicInteger refused, AtomicInteger freeAttempts) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        BillingSubject subject = BillingSubject.llm(session, UUID.randomUUID(), "openai", "gpt-4o");
        HoldRequest hold = random.nextBoolean() ? new HoldRequest.Llm(PRICE, random.nextInt(100, 20_000), 4096, false)
                : new HoldRequest.Fixed(Credits.of(random.nextInt(0, 4)));
        if (hold instanceof HoldRequest.Fixed fixed && fixed.amount().isZero()) {
            freeAttempts.incrementAndGet();
        }
        CreditReservation held;
        try {
            held = reserve.reserve(new ReserveCreditsCommand(user, subject, key, hold));
        } catch (InsufficientCreditsException e) {
            refused.incrementAndGet();
            return;
        }
        if (random.nextInt(4) == 0) {
            release.release(new ReleaseReservationCommand(held.id()));
            return;
        }
        // Actual cost anywhere from nothing to twice the hold: refunds and shortfalls both happen.
        TokenUsage used = new TokenUsage(random.nextInt(0, 20_000), random.nextInt(0, 9000), 0, 0, 0);
        Credits actual = random.nextInt(3) == 0 ? held.held().plus(held.held()) : used.cost(PRICE);
        settle.settle(new SettleReservationCommand(held.id(), actual, used, actual.toUsd(), false));
    }

    private long count(String sql, UserId user) throws Exception {
        try (Connection connection = dataSource.getConnection(); PreparedStatement query = connection.prepareStatement(sql)) {
            query.setObject(1, user.value());
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
