package ai.iiagent.e2e.credits;

import static org.assertj.core.api.Assertions.assertThat;

import ai.iiagent.adapter.persistence.credits.CreditFastPathAdapter;
import ai.iiagent.domain.credits.BillingSubject;
import ai.iiagent.domain.credits.CreditPool;
import ai.iiagent.domain.credits.CreditReservation;
import ai.iiagent.domain.credits.Credits;
import ai.iiagent.domain.credits.HoldRequest;
import ai.iiagent.domain.credits.LedgerEntryType;
import ai.iiagent.domain.credits.ReservationStatus;
import ai.iiagent.domain.credits.TokenUsage;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.port.in.credits.CheckLedgerConsistencyUseCase;
import ai.iiagent.port.in.credits.GrantCreditsCommand;
import ai.iiagent.port.in.credits.GrantCreditsUseCase;
import ai.iiagent.port.in.credits.ReserveCreditsCommand;
import ai.iiagent.port.in.credits.ReserveCreditsUseCase;
import ai.iiagent.port.in.credits.SettleReservationCommand;
import ai.iiagent.port.in.credits.SettleReservationUseCase;
import ai.iiagent.port.in.credits.Settlement;
import ai.iiagent.port.out.credits.CreditFastPath;
import ai.iiagent.port.out.clock.ClockPort;
import ai.iiagent.port.out.credits.CreditAccountRepository;
import ai.iiagent.port.out.credits.CreditLedgerRepository;
import ai.iiagent.port.out.credits.CreditReservationRepository;
import ai.iiagent.port.out.credits.CreditUsageRepository;
import ai.iiagent.port.out.tx.UnitOfWork;
import ai.iiagent.service.credits.ReserveCreditsService;
import ai.iiagent.service.credits.SettleReservationService;
import jakarta.transaction.TransactionSynchronizationRegistry;
import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.ClientProxy;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Group commit per account: concurrent holds (and settlements) of one account are combined into one
 * transaction. A failure inside a batch — here a trigger that aborts the transaction at one
 * operation's ledger row, after the operations before it in the same batch have written theirs — must
 * lose no other hold and apply none twice: the batch rolls back whole, its other operations are re-run
 * one by one, only the failing caller sees an error; replays with the same idempotency keys change nothing.
 */
@QuarkusTest
class CreditGroupCommitTest {

    private static final int THREADS = 24;
    private static final int PER_THREAD = 40;
    private static final Credits HOLD = Credits.of(2);
    private static final Credits COST = Credits.of("1.25");
    private static final Credits FUNDS = Credits.of(100_000);

    @Inject
    ReserveCreditsUseCase reserve;
    @Inject
    SettleReservationUseCase settle;
    @Inject
    GrantCreditsUseCase grant;
    @Inject
    CheckLedgerConsistencyUseCase consistency;
    @Inject
    CreditFastPath fastPath;
    @Inject
    AgroalDataSource dataSource;
    @Inject
    CreditAccountRepository accounts;
    @Inject
    CreditLedgerRepository ledger;
    @Inject
    CreditReservationRepository reservations;
    @Inject
    CreditUsageRepository usage;
    @Inject
    UnitOfWork unitOfWork;
    @Inject
    ClockPort clock;
    @Inject
    TransactionSynchronizationRegistry transactions;

    @Test
    void aFailureInsideABatchLosesNoHoldAndAppliesNoneTwice() throws Exception {
        UserId user = CreditFixtures.idOf(CreditFixtures.newUser());
        grant.grant(new GrantCreditsCommand(user, FUNDS, CreditPool.REGULAR, LedgerEntryType.PURCHASE,
                "gc-fund-" + user, "group commit test"));
        BigDecimal start = available(user);
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < THREADS * PER_THREAD; i++) {
            // every 9th hold fails at its ledger row; every 7th holds but fails at its settlement's ledger row
            keys.add((i % 9 == 4 ? "gccrash-" : i % 7 == 3 ? "gcboom-" : "gc-") + run + "-" + i);
        }
        CreditFastPathAdapter adapter = (CreditFastPathAdapter) ClientProxy.unwrap(fastPath);
        long retriedBefore = adapter.retriedAlone();

        Map<String, CreditReservation> held = new ConcurrentHashMap<>();
        Map<String, Throwable> refused = new ConcurrentHashMap<>();
        try {
            trigger("""
                    CREATE OR REPLACE FUNCTION gc_test_crash() RETURNS trigger LANGUAGE plpgsql AS $$
                    BEGIN
                        IF NEW.idempotency_key LIKE 'gccrash-%' OR NEW.idempotency_key LIKE 'gcboom-%:settle:%' THEN
                            RAISE EXCEPTION 'simulated crash inside a batch at %', NEW.idempotency_key;
                        END IF;
                        RETURN NEW;
                    END $$""", "CREATE TRIGGER gc_test_crash BEFORE INSERT ON credit_ledger FOR EACH ROW "
                    + "EXECUTE FUNCTION gc_test_crash()");

            concurrently(keys, key -> reserve.reserve(command(user, key)), held, refused);

            assertThat(refused.keySet()).allMatch(key -> key.startsWith("gccrash-"));
            assertThat(held.keySet()).noneMatch(key -> key.startsWith("gccrash-"));
            assertThat(held.size() + refused.size()).isEqualTo(keys.size());
            assertThat(adapter.largestHoldBatch()).as("holds were combined").isGreaterThan(1);
            assertThat(adapter.retriedAlone()).as("a batch failed and was re-run one by one")
                    .isGreaterThan(retriedBefore);
            assertStored(user, held, start);
            assertThat(breaksOf(user)).isEmpty();

            // Replays of every key: the same reservations come back and no credit moves.
            BigDecimal before = available(user);
            Map<String, CreditReservation> replayed = new ConcurrentHashMap<>();
            Map<String, Throwable> replayRefused = new ConcurrentHashMap<>();
            concurrently(List.copyOf(held.keySet()), key -> reserve.reserve(command(user, key)), replayed, replayRefused);
            assertThat(replayRefused).isEmpty();
            held.forEach((key, reservation) -> assertThat(replayed.get(key).id()).isEqualTo(reservation.id()));
            assertThat(available(user)).isEqualByComparingTo(before);

            // Settlements, batched the same way; the 'gcboom' ones fail inside their batch.
            Map<String, Settlement> settled = new ConcurrentHashMap<>();
            Map<String, Throwable> settleRefused = new ConcurrentHashMap<>();
            concurrently(List.copyOf(held.keySet()), key -> settle.settle(settleCommand(held.get(key))), settled,
                    settleRefused);
            assertThat(settleRefused.keySet()).allMatch(key -> key.startsWith("gcboom-")).isNotEmpty();
            assertThat(settled.values()).allMatch(s -> !s.alreadyEnded() && s.status() == ReservationStatus.SETTLED);
            assertThat(breaksOf(user)).isEmpty();
        } finally {
            trigger("DROP TRIGGER IF EXISTS gc_test_crash ON credit_ledger", "DROP FUNCTION IF EXISTS gc_test_crash()");
        }

        // The failed settlements go through once the fault is gone; settling everything again changes nothing.
        Map<String, Settlement> again = new ConcurrentHashMap<>();
        Map<String, Throwable> againRefused = new ConcurrentHashMap<>();
        concurrently(List.copyOf(held.keySet()), key -> settle.settle(settleCommand(held.get(key))), again, againRefused);
        assertThat(againRefused).isEmpty();
        assertThat(again.entrySet()).allMatch(e -> e.getValue().alreadyEnded() != e.getKey().startsWith("gcboom-"));
        BigDecimal spent = COST.value().multiply(BigDecimal.valueOf(held.size()));
        assertThat(available(user)).isEqualByComparingTo(start.subtract(spent));
        assertThat(count("SELECT count(*) FROM credit_reservations WHERE user_id = ? AND status <> 'settled'", user))
                .isZero();
        assertThat(count("SELECT count(*) FROM credit_usage WHERE user_id = ?", user)).isEqualTo(held.size());
        assertThat(breaksOf(user)).isEmpty();
    }

    /**
     * The successful case, without faults: {@value #THREADS} callers on one account, leaders running several
     * batches back to back; every hold and settlement is answered and booked exactly once, in batches.
     */
    @Test
    void withoutFaultsEveryHoldAndSettlementIsBookedOnce() throws Exception {
        CreditFastPathAdapter adapter = new CreditFastPathAdapter(dataSource, transactions, reservations, 64, 8,
                CreditFastPathAdapter.LANE_PER_ACCOUNT);
        ReserveCreditsUseCase reserveHere = new ReserveCreditsService(accounts, ledger, reservations, unitOfWork,
                clock, adapter);
        SettleReservationUseCase settleHere = new SettleReservationService(accounts, ledger, reservations, usage,
                unitOfWork, clock, adapter);
        UserId user = CreditFixtures.idOf(CreditFixtures.newUser());
        grant.grant(new GrantCreditsCommand(user, FUNDS, CreditPool.REGULAR, LedgerEntryType.PURCHASE,
                "gcok-fund-" + user, "group commit test"));
        BigDecimal start = available(user);
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < THREADS * PER_THREAD; i++) {
            keys.add("gcok-" + run + "-" + i);
        }

        Map<String, CreditReservation> held = new ConcurrentHashMap<>();
        Map<String, Throwable> refused = new ConcurrentHashMap<>();
        concurrently(keys, key -> reserveHere.reserve(command(user, key)), held, refused);
        assertThat(refused).isEmpty();
        assertThat(held).hasSize(keys.size());
        assertStored(user, held, start);

        Map<String, Settlement> settled = new ConcurrentHashMap<>();
        Map<String, Throwable> settleRefused = new ConcurrentHashMap<>();
        concurrently(keys, key -> settleHere.settle(settleCommand(held.get(key))), settled, settleRefused);
        assertThat(settleRefused).isEmpty();
        assertThat(settled.values()).allMatch(s -> !s.alreadyEnded() && s.status() == ReservationStatus.SETTLED);
        assertThat(adapter.largestHoldBatch()).as("holds were combined").isGreaterThan(1);
        assertThat(adapter.largestSettlementBatch()).as("settlements were combined").isGreaterThan(1);
        assertThat(adapter.retriedAlone()).as("no batch failed").isZero();
        long n = keys.size();
        assertThat(available(user)).isEqualByComparingTo(start.subtract(COST.value().multiply(BigDecimal.valueOf(n))));
        assertThat(count("SELECT count(*) FROM credit_reservations WHERE user_id = ? AND status = 'settled'", user))
                .isEqualTo(n);
        assertThat(count("SELECT count(*) FROM credit_ledger WHERE user_id = ? AND entry_type = 'reservation_hold'",
                user)).isEqualTo(n);
        assertThat(count("SELECT count(*) FROM credit_ledger WHERE user_id = ? AND entry_type = 'reservation_release'",
                user)).isEqualTo(n);
        assertThat(count("SELECT count(*) FROM credit_usage WHERE user_id = ?", user)).isEqualTo(n);
        assertThat(breaksOf(user)).isEmpty();
    }

    /**
     * Group commit across accounts, as two nodes would do it: two adapters, each with a single lane that every
     * account shares, take holds and settlements of the same few accounts at once. Their batches mix accounts
     * and overlap on the same account rows; each batch locks its accounts in one order, so no batch deadlocks
     * (a deadlock would abort a batch and show as operations re-run alone), and every operation is booked once.
     */
    @Test
    void batchesAcrossAccountsOnTwoNodesBookEverythingOnceWithoutDeadlock() throws Exception {
        List<CreditFastPathAdapter> nodes = List.of(
                new CreditFastPathAdapter(dataSource, transactions, reservations, 64, 8, 1),
                new CreditFastPathAdapter(dataSource, transactions, reservations, 64, 8, 1));
        List<ReserveCreditsUseCase> reserveOn = nodes.stream().<ReserveCreditsUseCase>map(node ->
                new ReserveCreditsService(accounts, ledger, reservations, unitOfWork, clock, node)).toList();
        List<SettleReservationUseCase> settleOn = nodes.stream().<SettleReservationUseCase>map(node ->
                new SettleReservationService(accounts, ledger, reservations, usage, unitOfWork, clock, node)).toList();
        List<UserId> users = new ArrayList<>();
        Map<UserId, BigDecimal> starts = new HashMap<>();
        for (int i = 0; i < 6; i++) {
            UserId user = CreditFixtures.idOf(CreditFixtures.newUser());
            grant.grant(new GrantCreditsCommand(user, FUNDS, CreditPool.REGULAR, LedgerEntryType.PURCHASE,
                    "gcx-fund-" + user, "group commit test"));
            users.add(user);
            starts.put(user, available(user));
        }
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < THREADS * PER_THREAD; i++) {
            keys.add("gcx-" + run + "-" + i);
        }
        // Key i: account i % 6, node (i / 6) % 2 — so both nodes' batches hold every account in changing orders.
        Function<String, UserId> userOf = key -> users.get(index(key) % users.size());
        Function<String, Integer> nodeOf = key -> index(key) / users.size() % 2;

        Map<String, CreditReservation> held = new ConcurrentHashMap<>();
        Map<String, Throwable> refused = new ConcurrentHashMap<>();
        concurrently(keys, key -> reserveOn.get(nodeOf.apply(key)).reserve(command(userOf.apply(key), key)), held, refused);
        assertThat(refused).isEmpty();
        assertThat(held).hasSize(keys.size());

        Map<String, Settlement> settled = new ConcurrentHashMap<>();
        Map<String, Throwable> settleRefused = new ConcurrentHashMap<>();
        concurrently(keys, key -> settleOn.get(1 - nodeOf.apply(key)).settle(settleCommand(held.get(key))), settled,
                settleRefused);
        assertThat(settleRefused).isEmpty();
        assertThat(settled.values()).allMatch(s -> !s.alreadyEnded() && s.status() == ReservationStatus.SETTLED);

        for (CreditFastPathAdapter node : nodes) {
            assertThat(node.holdBatchesAcrossAccounts()).as("batches mixed accounts").isPositive();
            assertThat(node.largestSettlementBatch()).as("settlements were combined").isGreaterThan(1);
            assertThat(node.retriedAlone()).as("no batch failed (no deadlock)").isZero();
        }
        long perAccount = keys.size() / users.size();
        for (UserId user : users) {
            assertThat(available(user)).isEqualByComparingTo(
                    starts.get(user).subtract(COST.value().multiply(BigDecimal.valueOf(perAccount))));
            assertThat(count("SELECT count(*) FROM credit_reservations WHERE user_id = ? AND status = 'settled'", user))
                    .isEqualTo(perAccount);
            assertThat(count("SELECT count(*) FROM credit_usage WHERE user_id = ?", user)).isEqualTo(perAccount);
            assertThat(breaksOf(user)).isEmpty();
        }
    }

    private static int index(String key) {
        return Integer.parseInt(key.substring(key.lastIndexOf('-') + 1));
    }

    /** The admin consistency check, for this test's account (other tests' fixtures may share the database). */
    private List<?> breaksOf(UserId user) {
        return consistency.check().breaks().stream().filter(b -> b.userId().equals(user)).toList();
    }

    private static ReserveCreditsCommand command(UserId user, String key) {
        return new ReserveCreditsCommand(user, BillingSubject.tool(null, null, "group_commit_probe"), key,
                new HoldRequest.Fixed(HOLD));
    }

    private static SettleReservationCommand settleCommand(CreditReservation reservation) {
        return new SettleReservationCommand(reservation.id(), COST, TokenUsage.NONE, COST.toUsd(), false);
    }

    private static <T> void concurrently(List<String> keys, Function<String, T> call, Map<String, T> done,
                                         Map<String, Throwable> failed) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            futures.add(pool.submit(() -> {
                start.await();
                for (int i = thread; i < keys.size(); i += THREADS) {
                    String key = keys.get(i);
                    try {
                        done.put(key, call.apply(key));
                    } catch (RuntimeException e) {
                        failed.put(key, e);
                    }
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> future : futures) {
            future.get();
        }
        pool.shutdown();
    }

    private void assertStored(UserId user, Map<String, CreditReservation> held, BigDecimal start) throws Exception {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("""
                     SELECT r.idempotency_key, r.id, r.held, (SELECT count(*) FROM credit_ledger l WHERE l.reservation_id = r.id) AS rows,
                            (SELECT COALESCE(SUM(l.amount), 0) FROM credit_ledger l WHERE l.reservation_id = r.id) AS booked
                       FROM credit_reservations r WHERE r.user_id = ?""")) {
            statement.setObject(1, user.value());
            int stored = 0;
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    stored++;
                    CreditReservation mine = held.get(rows.getString("idempotency_key"));
                    assertThat(mine).as("a stored hold was answered to its caller").isNotNull();
                    assertThat(rows.getObject("id", UUID.class)).isEqualTo(mine.id().value());
                    assertThat(rows.getLong("rows")).isEqualTo(1);
                    assertThat(rows.getBigDecimal("booked")).isEqualByComparingTo(HOLD.value().negate());
                }
            }
            assertThat(stored).as("exactly one stored hold per answered caller").isEqualTo(held.size());
        }
        BigDecimal expected = start.subtract(HOLD.value().multiply(BigDecimal.valueOf(held.size())));
        assertThat(available(user)).isEqualByComparingTo(expected);
    }

    private BigDecimal available(UserId user) throws Exception {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT regular + bonus FROM credit_accounts WHERE user_id = ?")) {
            statement.setObject(1, user.value());
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getBigDecimal(1);
            }
        }
    }

    private long count(String sql, UserId user) throws Exception {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, user.value());
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private void trigger(String... sql) throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String each : sql) {
                statement.execute(each);
            }
        }
    }
}
