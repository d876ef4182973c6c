package ai.iiagent.e2e.credits;

import static org.assertj.core.api.Assertions.assertThat;

import ai.iiagent.domain.credits.CreditPool;
import ai.iiagent.domain.credits.Credits;
import ai.iiagent.domain.credits.LedgerEntryType;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.port.in.credits.CheckLedgerConsistencyUseCase;
import ai.iiagent.port.in.credits.GrantCreditsCommand;
import ai.iiagent.port.in.credits.GrantCreditsUseCase;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * A batch of holds or settlements is written as a set (one statement for all its operations, V26_27) and must
 * book exactly what the same operations one by one would: the same outcomes, ledger rows in the same order with
 * the same amounts, pools, balances and keys, the same reservations, usage rows and account balances and
 * versions. Twin accounts get the same funds; one twin of each pair is fed the batch, the other the same
 * operations one call at a time. The bonus pool runs out in the middle of the batch and one hold is of zero.
 * Which path a batch took shows in its ledger rows' command id: one statement wrote all of a set's rows, while
 * operation by operation each wrote its own (checked on a batch that must fall back).
 */
@QuarkusTest
class CreditBatchEquivalenceTest {

    private static final String HOLD_BATCH = "SELECT o_outcome, o_from_bonus, o_from_regular FROM credit_hold_batch("
            + "?::uuid[], ?::text[], ?::numeric[], ?::numeric[], ?::int[], ?::uuid[], ?::uuid[], ?::uuid[], ?::text[],"
            + " ?::text[], ?::text[], ?::timestamptz[], ?::timestamptz[]) ORDER BY o_index";
    private static final String HOLD_ONE = "SELECT o_outcome, o_from_bonus, o_from_regular FROM credit_hold(?::uuid, ?,"
            + " ?::numeric, ?::numeric, 4096, ?::uuid, NULL, NULL, 'openai', 'gpt-4o', NULL, now(), now() + interval '1 hour')";
    private static final String SETTLE_BATCH = "SELECT o_outcome, o_status, o_remaining FROM credit_settle_batch(?::uuid[],"
            + " ?::numeric[], ?::timestamptz[], ?::bigint[], ?::bigint[], ?::bigint[], ?::bigint[], ?::bigint[],"
            + " ?::numeric[], ?::boolean[]) ORDER BY o_index";
    private static final String SETTLE_ONE = "SELECT o_outcome, o_status, o_remaining FROM credit_settle(?::uuid,"
            + " ?::numeric, now(), 2000, 500, 0, 0, 0, 0.01, false)";
    /** (account, amount, least balance asked for) of each hold, in batch order. */
    private static final Object[][] HOLDS = {
            {0, "2", null}, {1, "1", null}, {0, "2", "1"}, {2, "4", null}, {0, "2", null},
            {2, "4", null}, {1, "0", null}, {0, "1.5", null}, {2, "1", null}};
    /** The actual cost each hold is settled with: 0 releases, below the hold refunds, equal charges it all. */
    private static final String[] ACTUALS = {"1", "1", "0", "2.5", "2", "0", "0", "0.5", "1"};

    @Inject
    GrantCreditsUseCase grant;
    @Inject
    CheckLedgerConsistencyUseCase consistency;
    @Inject
    AgroalDataSource dataSource;

    @Test
    void aBatchBooksExactlyWhatItsOperationsOneByOneWould() throws Exception {
        List<UserId> batched = new ArrayList<>();
        List<UserId> single = new ArrayList<>();
        int[][] funds = {{100, 5}, {3, 0}, {0, 10}}; // regular, bonus
        for (int[] pools : funds) {
            batched.add(funded(pools));
            single.add(funded(pools));
        }
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<UUID> batchIds = IntStream.range(0, HOLDS.length).mapToObj(i -> UUID.randomUUID()).toList();
        List<UUID> singleIds = IntStream.range(0, HOLDS.length).mapToObj(i -> UUID.randomUUID()).toList();

        List<String> batchHolds = holdBatch(batched, "eqa-" + run + "-", batchIds);
        List<String> singleHolds = new ArrayList<>();
        for (int i = 0; i < HOLDS.length; i++) {
            singleHolds.add(holdOne(single.get((int) HOLDS[i][0]), "eqb-" + run + "-" + i, (String) HOLDS[i][1],
                    (String) HOLDS[i][2], singleIds.get(i)));
        }
        assertThat(batchHolds).allMatch(outcome -> outcome.startsWith("held")).isEqualTo(singleHolds);
        assertSameBooks(batched, single, batchIds, singleIds);
        assertThat(commandsWriting(batched, "reservation_hold")).as("the batch was written by one statement")
                .isEqualTo(1);

        List<String> batchSettles = settleBatch(batchIds);
        List<String> singleSettles = new ArrayList<>();
        for (int i = 0; i < ACTUALS.length; i++) {
            singleSettles.add(settleOne(singleIds.get(i), ACTUALS[i]));
        }
        assertThat(batchSettles).allMatch(outcome -> outcome.startsWith("settled")).isEqualTo(singleSettles);
        assertSameBooks(batched, single, batchIds, singleIds);
        assertThat(commandsWriting(batched, "reservation_release")).as("the batch was written by one statement")
                .isEqualTo(1);
        assertThat(consistency.check().breaks()).noneMatch(b -> batched.contains(b.userId()) || single.contains(b.userId()));
    }

    /** A batch with an operation outside the common case runs operation by operation, with each one's outcome. */
    @Test
    void aBatchWithAnOperationOutsideTheCommonCaseFallsBackToOneByOne() throws Exception {
        UserId user = funded(new int[] {10, 0});
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<UUID> ids = IntStream.range(0, 6).mapToObj(i -> UUID.randomUUID()).toList();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(HOLD_BATCH)) {
            String u = user.value().toString();
            bindHolds(statement, List.of(u, u, u, u, u, u), List.of("fb-" + run + "-0", "fb-" + run + "-1",
                    "fb-" + run + "-2", "fb-" + run + "-3", "fb-" + run + "-4", "fb-" + run + "-0"),
                    List.of("2", "3", "1", "1", "500", "1"), ids);
            assertThat(outcomes(statement)).containsExactly("held 0 2", "held 0 3", "held 0 1", "held 0 1",
                    "slow null null", "existing null null");
        }
        assertThat(commandsWriting(List.of(user), "reservation_hold")).as("one statement per operation")
                .isEqualTo(4);
    }

    private UserId funded(int[] pools) {
        UserId user = CreditFixtures.idOf(CreditFixtures.newUser());
        if (pools[0] > 0) {
            grant.grant(new GrantCreditsCommand(user, Credits.of(pools[0]), CreditPool.REGULAR, LedgerEntryType.PURCHASE,
                    "eq-regular-" + user, "batch equivalence test"));
        }
        if (pools[1] > 0) {
            grant.grant(new GrantCreditsCommand(user, Credits.of(pools[1]), CreditPool.BONUS, LedgerEntryType.BONUS_GRANT,
                    "eq-bonus-" + user, "batch equivalence test"));
        }
        return user;
    }

    private List<String> holdBatch(List<UserId> accounts, String keyPrefix, List<UUID> ids) throws Exception {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(HOLD_BATCH)) {
            List<String> users = new ArrayList<>();
            List<String> keys = new ArrayList<>();
            List<String> amounts = new ArrayList<>();
            for (int i = 0; i < HOLDS.length; i++) {
                users.add(accounts.get((int) HOLDS[i][0]).value().toString());
                keys.add(keyPrefix + i);
                amounts.add((String) HOLDS[i][1]);
            }
            bindHolds(statement, users, keys, amounts, ids);
            statement.setString(3, array(IntStream.range(0, HOLDS.length)
                    .mapToObj(i -> HOLDS[i][2] == null ? "NULL" : (String) HOLDS[i][2]).toList()));
            return outcomes(statement);
        }
    }

    private static void bindHolds(PreparedStatement statement, List<String> users, List<String> keys,
                                  List<String> amounts, List<UUID> ids) throws Exception {
        int n = users.size();
        statement.setString(1, array(users));
        statement.setString(2, array(keys));
        statement.setString(3, array(repeat("NULL", n)));
        statement.setString(4, array(amounts));
        statement.setString(5, array(repeat("4096", n)));
        statement.setString(6, array(ids.stream().map(UUID::toString).toList()));
        statement.setString(7, array(repeat("NULL", n)));
        statement.setString(8, array(repeat("NULL", n)));
        statement.setString(9, array(repeat("openai", n)));
        statement.setString(10, array(repeat("gpt-4o", n)));
        statement.setString(11, array(repeat("NULL", n)));
        statement.setString(12, array(repeat("now", n)));
        statement.setString(13, array(repeat("infinity", n)));
    }

    private String holdOne(UserId user, String key, String amount, String least, UUID id) throws Exception {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(HOLD_ONE)) {
            statement.setString(1, user.value().toString());
            statement.setString(2, key);
            statement.setString(3, least);
            statement.setString(4, amount);
            statement.setString(5, id.toString());
            return outcomes(statement).getFirst();
        }
    }

    private List<String> settleBatch(List<UUID> ids) throws Exception {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(SETTLE_BATCH)) {
            int n = ids.size();
            statement.setString(1, array(ids.stream().map(UUID::toString).toList()));
            statement.setString(2, array(List.of(ACTUALS)));
            statement.setString(3, array(repeat("now", n)));
            statement.setString(4, array(repeat("2000", n)));
            statement.setString(5, array(repeat("500", n)));
            statement.setString(6, array(repeat("0", n)));
            statement.setString(7, array(repeat("0", n)));
            statement.setString(8, array(repeat("0", n)));
            statement.setString(9, array(repeat("0.01", n)));
            statement.setString(10, array(repeat("false", n)));
            return outcomes(statement);
        }
    }

    private String settleOne(UUID id, String actual) throws Exception {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(SETTLE_ONE)) {
            statement.setString(1, id.toString());
            statement.setString(2, actual);
            return outcomes(statement).getFirst();
        }
    }

    private static List<String> outcomes(PreparedStatement statement) throws Exception {
        List<String> outcomes = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                outcomes.add(rows.getString(1) + " " + plain(rows.getObject(2)) + " " + plain(rows.getObject(3)));
            }
        }
        return outcomes;
    }

    /** Ledger rows (in seq order), accounts, reservations and usage of each batched account equal its twin's. */
    private void assertSameBooks(List<UserId> batched, List<UserId> single, List<UUID> batchIds, List<UUID> singleIds)
            throws Exception {
        for (int k = 0; k < batched.size(); k++) {
            assertThat(rows("SELECT entry_type, pool, amount, balance_after, substr(idempotency_key,"
                    + " strpos(idempotency_key, ':')) FROM credit_ledger WHERE user_id = ?::uuid"
                    + " AND entry_type IN ('reservation_hold', 'reservation_release') ORDER BY seq", batched.get(k)))
                    .isEqualTo(rows("SELECT entry_type, pool, amount, balance_after, substr(idempotency_key,"
                            + " strpos(idempotency_key, ':')) FROM credit_ledger WHERE user_id = ?::uuid"
                            + " AND entry_type IN ('reservation_hold', 'reservation_release') ORDER BY seq", single.get(k)))
                    .isNotEmpty();
            assertThat(rows("SELECT regular, bonus, version FROM credit_accounts WHERE user_id = ?::uuid", batched.get(k)))
                    .isEqualTo(rows("SELECT regular, bonus, version FROM credit_accounts WHERE user_id = ?::uuid",
                            single.get(k)));
        }
        for (int i = 0; i < batchIds.size(); i++) {
            String reservation = "SELECT r.status, r.held, r.from_bonus, r.from_regular, r.actual, r.uncharged,"
                    + " (r.ended_at IS NULL), u.credits, u.input_tokens FROM credit_reservations r"
                    + " LEFT JOIN credit_usage u ON u.reservation_id = r.id WHERE r.id = ?::uuid";
            assertThat(rows(reservation, batchIds.get(i))).isEqualTo(rows(reservation, singleIds.get(i))).hasSize(1);
        }
    }

    /** How many statements wrote these accounts' ledger rows of one type (rows of one transaction each). */
    private long commandsWriting(List<UserId> users, String entryType) throws Exception {
        return Long.parseLong(rows("SELECT count(DISTINCT cmin::text) FROM credit_ledger WHERE user_id = ANY (?::uuid[])"
                + " AND entry_type = '" + entryType + "'", array(users.stream().map(u -> u.value().toString()).toList()))
                .getFirst().replace("|", ""));
    }

    private List<String> rows(String sql, Object parameter) throws Exception {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter instanceof UserId user ? user.value().toString() : parameter.toString());
            List<String> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    StringBuilder row = new StringBuilder();
                    for (int c = 1; c <= columns; c++) {
                        Object value = result.getObject(c);
                        row.append(plain(value)).append('|');
                    }
                    rows.add(row.toString());
                }
            }
            return rows;
        }
    }

    /** A number without its scale (a set and a loop may carry 2 and 2.000000 for the same amount). */
    private static String plain(Object value) {
        return value instanceof BigDecimal number ? number.stripTrailingZeros().toPlainString() : String.valueOf(value);
    }

    private static List<String> repeat(String value, int times) {
        return java.util.Collections.nCopies(times, value);
    }

    private static String array(List<String> values) {
        return values.stream().map(v -> v.equals("NULL") ? v : '"' + v + '"').collect(Collectors.joining(",", "{", "}"));
    }
}
