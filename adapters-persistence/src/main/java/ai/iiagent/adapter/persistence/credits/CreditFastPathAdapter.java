package ai.iiagent.adapter.persistence.credits;

import ai.iiagent.domain.credits.CreditReservation;
import ai.iiagent.domain.credits.Credits;
import ai.iiagent.domain.credits.ReservationId;
import ai.iiagent.domain.credits.ReservationStatus;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.port.out.credits.CreditFastPath;
import ai.iiagent.port.out.credits.CreditReservationRepository;
import io.agroal.api.AgroalDataSource;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@link CreditFastPath} on PostgreSQL: each hold and settlement is one call of a PL/pgSQL function
 * ({@code V25_1__credit_money_path.sql}), no ORM. Inside a caller's transaction it runs on that
 * transaction's connection, taken from the pool (which hands out the connection enlisted in the
 * transaction) rather than through an ORM session, so a transaction doing nothing else opens none;
 * otherwise concurrent operations are combined ({@link GroupCommit}) into one statement on an
 * auto-commit connection, i.e. one transaction and one WAL flush for the group, and the callers answer
 * after that commit. Accounts share lanes (by default one per node; an account always maps to the same lane,
 * so its operations keep their order), so concurrent calls of different accounts commit together too: fewer,
 * larger transactions, each written as one set (V26_27), which on a small machine beats many small ones
 * (docs/benchmarks.md, passes 7 and 9). A batch first locks its accounts in {@code user_id} order, in one statement
 * ({@code V26_25}, {@code V26_27}), so batches of several nodes cannot deadlock; it waits for any of those rows another transaction holds, which the
 * money path's transactions do only for a statement or a turn's settlement commit.
 */
@Singleton // on every model call's path: no client proxy
public class CreditFastPathAdapter implements CreditFastPath {

    private static final String HOLD_BATCH = "SELECT o_index, o_outcome, o_from_bonus, o_from_regular FROM credit_hold_batch("
            + "?::uuid[], ?::text[], ?::numeric[], ?::numeric[], ?::int[], ?::uuid[], ?::uuid[], ?::uuid[], ?::text[], "
            + "?::text[], ?::text[], ?::timestamptz[], ?::timestamptz[]) ORDER BY o_index";
    private static final String SETTLE_BATCH = "SELECT o_index, o_outcome, o_status, o_remaining FROM credit_settle_batch("
            + "?::uuid[], ?::numeric[], ?::timestamptz[], ?::bigint[], ?::bigint[], ?::bigint[], ?::bigint[], "
            + "?::bigint[], ?::numeric[], ?::boolean[]) ORDER BY o_index";
    // A lone operation (every one in a caller's transaction, most at low load) calls the per-operation
    // function with plain parameters: no arrays to encode here or to unpack in PostgreSQL.
    private static final String HOLD_ONE = "SELECT o_outcome, o_from_bonus, o_from_regular FROM credit_hold("
            + "?, ?, ?::numeric, ?::numeric, ?, ?, ?, ?, ?, ?, ?, ?::timestamptz, ?::timestamptz)";
    private static final String SETTLE_ONE = "SELECT o_outcome, o_status, o_remaining FROM credit_settle("
            + "?, ?::numeric, ?::timestamptz, ?, ?, ?, ?, ?, ?::numeric, ?)";
    /** Which account holds a reservation this node made, so its settlement joins that account's batches. */
    private static final int MAX_REMEMBERED_HOLDS = 100_000;
    /** {@code lanes} value that gives every account a lane of its own. */
    public static final int LANE_PER_ACCOUNT = 0;
    /** {@code lanes} value for one lane per core of this node. */
    public static final int LANE_PER_CORE = -1;

    private final AgroalDataSource dataSource;
    private final TransactionSynchronizationRegistry transactions;
    private final CreditReservationRepository reservations;
    private final GroupCommit<Hold, HoldOutcome> holds;
    private final GroupCommit<Settle, SettleOutcome> settles;
    private final ConcurrentHashMap<ReservationId, UserId> holders = new ConcurrentHashMap<>();
    private final int lanes;
    private final AtomicLong holdBatchesAcrossAccounts = new AtomicLong();

    /** A leader hands over after each batch, one lane per account (for comparisons). */
    public CreditFastPathAdapter(AgroalDataSource dataSource,
                                 TransactionSynchronizationRegistry transactions,
                                 CreditReservationRepository reservations, int maxBatch) {
        this(dataSource, transactions, reservations, maxBatch, 1, LANE_PER_ACCOUNT);
    }

    /**
     * @param maxBatch most operations combined into one transaction
     * @param rounds   most batches of one lane a leading caller runs back to back before handing over
     * @param lanes    lanes the accounts share ({@value #LANE_PER_ACCOUNT}: one lane per account, so only
     *                 operations of the same account are combined; {@value #LANE_PER_CORE}: one per core)
     */
    @Inject
    public CreditFastPathAdapter(AgroalDataSource dataSource,
                                 TransactionSynchronizationRegistry transactions,
                                 CreditReservationRepository reservations,
                                 @ConfigProperty(name = "app.credits.group-commit-max", defaultValue = "64") int maxBatch,
                                 @ConfigProperty(name = "app.credits.group-commit-rounds", defaultValue = "8") int rounds,
                                 @ConfigProperty(name = "app.credits.group-commit-lanes", defaultValue = "1") int lanes) {
        this.dataSource = dataSource;
        this.transactions = transactions;
        this.reservations = reservations;
        if (lanes < LANE_PER_CORE) {
            throw new IllegalArgumentException("app.credits.group-commit-lanes must be -1 (one per core), 0 (one per"
                    + " account) or a number of lanes, not " + lanes);
        }
        // One lane (the default) makes the largest batches, which a set-based batch (V26_27) turns into the
        // fewest statements; one per core runs more batches at once but smaller ones (docs/benchmarks.md, pass 9).
        this.lanes = lanes == LANE_PER_CORE ? Runtime.getRuntime().availableProcessors() : lanes;
        this.holds = new GroupCommit<>(batch -> {
            if (batch.size() > 1 && batch.stream().map(Hold::userId).distinct().count() > 1) {
                holdBatchesAcrossAccounts.incrementAndGet();
            }
            return onPooledConnection(connection -> holdBatch(connection, batch));
        }, maxBatch, rounds);
        this.settles = new GroupCommit<>(batch -> onPooledConnection(connection -> settleBatch(connection, batch)),
                maxBatch, rounds);
    }

    @Override
    public Optional<CreditReservation> bookHold(Hold hold) {
        HoldOutcome outcome = inCallersTransaction()
                ? onPooledConnection(connection -> holdBatch(connection, List.of(hold))).getFirst()
                : holds.submit(laneOf(hold.userId()), hold);
        return switch (outcome.outcome()) {
            case "held" -> {
                if (holders.size() < MAX_REMEMBERED_HOLDS) {
                    holders.put(hold.id(), hold.userId());
                }
                yield Optional.of(CreditReservation.rehydrate(hold.id(), hold.userId(), hold.amount(),
                        new Credits(outcome.fromBonus()), new Credits(outcome.fromRegular()), hold.outputCap(),
                        hold.subject(), hold.idempotencyKey(), ReservationStatus.HELD, hold.createdAt(),
                        hold.expiresAt()));
            }
            case "existing" -> reservations.findByKey(hold.idempotencyKey());
            default -> Optional.empty();
        };
    }

    @Override
    public Optional<Ended> bookSettlement(Settle settle) {
        UserId holder = holders.remove(settle.reservationId());
        SettleOutcome outcome = inCallersTransaction()
                ? onPooledConnection(connection -> settleBatch(connection, List.of(settle))).getFirst()
                : settles.submit(laneOf(holder != null ? holder : settle.reservationId()), settle);
        return switch (outcome.outcome()) {
            case "settled" -> Optional.of(new Ended(ReservationStatus.fromCode(outcome.status()), settle.actual(),
                    new Credits(outcome.remaining()), false));
            case "ended" -> Optional.of(new Ended(ReservationStatus.fromCode(outcome.status()), Credits.ZERO,
                    new Credits(outcome.remaining() == null ? BigDecimal.ZERO : outcome.remaining()), true));
            default -> Optional.empty();
        };
    }

    /** How the group commit has batched so far (for the benchmark and tests). */
    public String stats() {
        return "holds " + holds.stats() + " (" + holdBatchesAcrossAccounts + " across accounts), settlements "
                + settles.stats();
    }

    /** The most holds combined into one transaction so far. */
    public long largestHoldBatch() {
        return holds.stats().largestBatch();
    }

    /** Hold batches that carried operations of more than one account. */
    public long holdBatchesAcrossAccounts() {
        return holdBatchesAcrossAccounts.get();
    }

    /** The most settlements combined into one transaction so far. */
    public long largestSettlementBatch() {
        return settles.stats().largestBatch();
    }

    /** Operations re-run one by one because the batch they were in failed as a whole. */
    public long retriedAlone() {
        return holds.stats().retriedAlone() + settles.stats().retriedAlone();
    }

    /** The same account always gets the same lane, so its operations are applied in arrival order. */
    private Object laneOf(Object account) {
        return lanes == LANE_PER_ACCOUNT ? account : Math.floorMod(account.hashCode(), lanes);
    }

    private boolean inCallersTransaction() {
        return transactions.getTransactionStatus() != Status.STATUS_NO_TRANSACTION;
    }

    private <T> T onPooledConnection(CreditsJdbc.Work<T> work) {
        // Outside a transaction: an auto-commit connection, so the one statement is the batch's transaction.
        // Inside a JTA transaction the pool answers with the connection enlisted in it (the ORM's too) and
        // defers the close to the transaction's end: the statement commits with the caller.
        try (Connection connection = dataSource.getConnection()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("credit batch failed: " + e.getMessage(), e);
        }
    }

    private static List<HoldOutcome> holdBatch(Connection connection, List<Hold> batch) throws SQLException {
        if (batch.size() == 1) {
            return List.of(holdOne(connection, batch.getFirst()));
        }
        int n = batch.size();
        Object[] users = new Object[n];
        Object[] keys = new Object[n];
        Object[] mins = new Object[n];
        Object[] amounts = new Object[n];
        Object[] caps = new Object[n];
        Object[] ids = new Object[n];
        Object[] sessions = new Object[n];
        Object[] runs = new Object[n];
        Object[] providers = new Object[n];
        Object[] models = new Object[n];
        Object[] tools = new Object[n];
        Object[] nows = new Object[n];
        Object[] expiries = new Object[n];
        for (int i = 0; i < n; i++) {
            Hold hold = batch.get(i);
            users[i] = hold.userId().value();
            keys[i] = hold.idempotencyKey();
            mins[i] = hold.minAvailable() == null ? null : hold.minAvailable().value();
            amounts[i] = hold.amount().value();
            caps[i] = hold.outputCap();
            ids[i] = hold.id().value();
            sessions[i] = hold.subject().sessionId();
            runs[i] = hold.subject().runId();
            providers[i] = hold.subject().provider();
            models[i] = hold.subject().modelId();
            tools[i] = hold.subject().toolName();
            nows[i] = Timestamp.from(hold.createdAt());
            expiries[i] = Timestamp.from(hold.expiresAt());
        }
        try (PreparedStatement statement = connection.prepareStatement(HOLD_BATCH)) {
            statement.setArray(1, connection.createArrayOf("uuid", users));
            statement.setArray(2, connection.createArrayOf("text", keys));
            statement.setArray(3, connection.createArrayOf("numeric", mins));
            statement.setArray(4, connection.createArrayOf("numeric", amounts));
            statement.setArray(5, connection.createArrayOf("int4", caps));
            statement.setArray(6, connection.createArrayOf("uuid", ids));
            statement.setArray(7, connection.createArrayOf("uuid", sessions));
            statement.setArray(8, connection.createArrayOf("uuid", runs));
            statement.setArray(9, connection.createArrayOf("text", providers));
            statement.setArray(10, connection.createArrayOf("text", models));
            statement.setArray(11, connection.createArrayOf("text", tools));
            statement.setArray(12, connection.createArrayOf("timestamptz", nows));
            statement.setArray(13, connection.createArrayOf("timestamptz", expiries));
            List<HoldOutcome> outcomes = new ArrayList<>(n);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    outcomes.add(new HoldOutcome(rows.getString("o_outcome"), rows.getBigDecimal("o_from_bonus"),
                            rows.getBigDecimal("o_from_regular")));
                }
            }
            requireOnePerRequest(outcomes.size(), n);
            return outcomes;
        }
    }

    private static HoldOutcome holdOne(Connection connection, Hold hold) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(HOLD_ONE)) {
            CreditsJdbc.setUuid(statement, 1, hold.userId().value());
            statement.setString(2, hold.idempotencyKey());
            statement.setBigDecimal(3, hold.minAvailable() == null ? null : hold.minAvailable().value());
            statement.setBigDecimal(4, hold.amount().value());
            statement.setInt(5, hold.outputCap());
            CreditsJdbc.setUuid(statement, 6, hold.id().value());
            CreditsJdbc.setUuid(statement, 7, hold.subject().sessionId());
            CreditsJdbc.setUuid(statement, 8, hold.subject().runId());
            statement.setString(9, hold.subject().provider());
            statement.setString(10, hold.subject().modelId());
            statement.setString(11, hold.subject().toolName());
            CreditsJdbc.setInstant(statement, 12, hold.createdAt());
            CreditsJdbc.setInstant(statement, 13, hold.expiresAt());
            try (ResultSet rows = statement.executeQuery()) {
                requireOnePerRequest(rows.next() ? 1 : 0, 1);
                return new HoldOutcome(rows.getString(1), rows.getBigDecimal(2), rows.getBigDecimal(3));
            }
        }
    }

    private static SettleOutcome settleOne(Connection connection, Settle settle) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(SETTLE_ONE)) {
            CreditsJdbc.setUuid(statement, 1, settle.reservationId().value());
            statement.setBigDecimal(2, settle.actual().value());
            CreditsJdbc.setInstant(statement, 3, settle.at());
            statement.setLong(4, settle.tokens().input());
            statement.setLong(5, settle.tokens().output());
            statement.setLong(6, settle.tokens().cacheRead());
            statement.setLong(7, settle.tokens().cacheWrite());
            statement.setLong(8, settle.tokens().reasoning());
            statement.setBigDecimal(9, settle.usd());
            statement.setBoolean(10, settle.byok());
            try (ResultSet rows = statement.executeQuery()) {
                requireOnePerRequest(rows.next() ? 1 : 0, 1);
                return new SettleOutcome(rows.getString(1), rows.getString(2), rows.getBigDecimal(3));
            }
        }
    }

    private static List<SettleOutcome> settleBatch(Connection connection, List<Settle> batch) throws SQLException {
        if (batch.size() == 1) {
            return List.of(settleOne(connection, batch.getFirst()));
        }
        int n = batch.size();
        Object[] ids = new Object[n];
        Object[] actuals = new Object[n];
        Object[] ats = new Object[n];
        Object[] inputs = new Object[n];
        Object[] outputs = new Object[n];
        Object[] cacheReads = new Object[n];
        Object[] cacheWrites = new Object[n];
        Object[] reasonings = new Object[n];
        Object[] usds = new Object[n];
        Object[] byoks = new Object[n];
        for (int i = 0; i < n; i++) {
            Settle settle = batch.get(i);
            ids[i] = settle.reservationId().value();
            actuals[i] = settle.actual().value();
            ats[i] = Timestamp.from(settle.at());
            inputs[i] = settle.tokens().input();
            outputs[i] = settle.tokens().output();
            cacheReads[i] = settle.tokens().cacheRead();
            cacheWrites[i] = settle.tokens().cacheWrite();
            reasonings[i] = settle.tokens().reasoning();
            usds[i] = settle.usd();
            byoks[i] = settle.byok();
        }
        try (PreparedStatement statement = connection.prepareStatement(SETTLE_BATCH)) {
            statement.setArray(1, connection.createArrayOf("uuid", ids));
            statement.setArray(2, connection.createArrayOf("numeric", actuals));
            statement.setArray(3, connection.createArrayOf("timestamptz", ats));
            statement.setArray(4, connection.createArrayOf("int8", inputs));
            statement.setArray(5, connection.createArrayOf("int8", outputs));
            statement.setArray(6, connection.createArrayOf("int8", cacheReads));
            statement.setArray(7, connection.createArrayOf("int8", cacheWrites));
            statement.setArray(8, connection.createArrayOf("int8", reasonings));
            statement.setArray(9, connection.createArrayOf("numeric", usds));
            statement.setArray(10, connection.createArrayOf("bool", byoks));
            List<SettleOutcome> outcomes = new ArrayList<>(n);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    outcomes.add(new SettleOutcome(rows.getString("o_outcome"), rows.getString("o_status"),
                            rows.getBigDecimal("o_remaining")));
                }
            }
            requireOnePerRequest(outcomes.size(), n);
            return outcomes;
        }
    }

    private static void requireOnePerRequest(int answered, int asked) {
        if (answered != asked) {
            throw new IllegalStateException("credit batch answered " + answered + " of " + asked + " operations");
        }
    }

    private record HoldOutcome(String outcome, BigDecimal fromBonus, BigDecimal fromRegular) {
    }

    private record SettleOutcome(String outcome, String status, BigDecimal remaining) {
    }
}
