package ai.iiagent.adapter.persistence.credits;

import static ai.iiagent.adapter.persistence.credits.CreditsJdbc.setInstant;
import static ai.iiagent.adapter.persistence.credits.CreditsJdbc.setUuid;

import ai.iiagent.domain.credits.BillingSubject;
import ai.iiagent.domain.credits.CreditPool;
import ai.iiagent.domain.credits.Credits;
import ai.iiagent.domain.credits.LedgerBreak;
import ai.iiagent.domain.credits.LedgerEntry;
import ai.iiagent.domain.credits.LedgerEntryType;
import ai.iiagent.domain.credits.LedgerPage;
import ai.iiagent.domain.credits.ReservationId;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.port.out.credits.CreditLedgerRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** {@link CreditLedgerRepository} on PostgreSQL: one JDBC batch per append, checks in SQL. */
@ApplicationScoped
public class CreditLedgerPersistenceAdapter implements CreditLedgerRepository {

    private static final String INSERT = """
            INSERT INTO credit_ledger (id, user_id, entry_type, pool, amount, balance_after, reservation_id, session_id,
                                       run_id, provider, model_id, tool_name, idempotency_key, description, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String POOL_BREAKS = """
            SELECT a.user_id, p.pool, p.balance, COALESCE(l.total, 0) AS total
              FROM credit_accounts a
              CROSS JOIN LATERAL (VALUES ('regular', a.regular), ('bonus', a.bonus)) AS p (pool, balance)
              LEFT JOIN (SELECT user_id, pool, SUM(amount) AS total FROM credit_ledger GROUP BY user_id, pool) l
                     ON l.user_id = a.user_id AND l.pool = p.pool
             WHERE p.balance <> COALESCE(l.total, 0)""";
    private static final String RESERVATION_BREAKS = """
            SELECT r.user_id, r.id, r.status, COALESCE(SUM(l.amount), 0) AS booked,
                   CASE r.status WHEN 'held' THEN -r.held WHEN 'settled' THEN -r.actual
                                 WHEN 'settlement_failed' THEN -(r.actual - r.uncharged) ELSE 0 END AS expected
              FROM credit_reservations r LEFT JOIN credit_ledger l ON l.reservation_id = r.id
             GROUP BY r.id
            HAVING COALESCE(SUM(l.amount), 0) <> CASE r.status WHEN 'held' THEN -r.held WHEN 'settled' THEN -r.actual
                   WHEN 'settlement_failed' THEN -(r.actual - r.uncharged) ELSE 0 END""";

    private final CreditsJdbc jdbc;

    public CreditLedgerPersistenceAdapter(CreditsJdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void append(List<LedgerEntry> entries) {
        jdbc.batch(INSERT, entries, (statement, entry) -> {
            BillingSubject subject = entry.subject();
            setUuid(statement, 1, entry.id());
            setUuid(statement, 2, entry.userId().value());
            statement.setString(3, entry.type().code());
            statement.setString(4, entry.pool().code());
            statement.setBigDecimal(5, entry.amount().value());
            statement.setBigDecimal(6, entry.balanceAfter().value());
            setUuid(statement, 7, entry.reservationId() == null ? null : entry.reservationId().value());
            setUuid(statement, 8, subject.sessionId());
            setUuid(statement, 9, subject.runId());
            statement.setString(10, subject.provider());
            statement.setString(11, subject.modelId());
            statement.setString(12, subject.toolName());
            statement.setString(13, entry.idempotencyKey());
            statement.setString(14, entry.description());
            setInstant(statement, 15, entry.createdAt());
        });
    }

    @Override
    @Transactional
    public boolean contains(String idempotencyKey) {
        return !jdbc.query("SELECT 1 FROM credit_ledger WHERE idempotency_key = ?",
                statement -> statement.setString(1, idempotencyKey), rows -> 1).isEmpty();
    }

    @Override
    @Transactional
    public LedgerPage history(UserId userId, Optional<LedgerEntryType> type, Optional<UUID> sessionId, int page,
                              int perPage) {
        String filter = (type.isPresent() ? " AND entry_type = ?" : "") + (sessionId.isPresent() ? " AND session_id = ?" : "");
        CreditsJdbc.Binder bind = statement -> {
            int index = 1;
            setUuid(statement, index++, userId.value());
            if (type.isPresent()) {
                statement.setString(index++, type.get().code());
            }
            if (sessionId.isPresent()) {
                setUuid(statement, index, sessionId.get());
            }
        };
        List<LedgerEntry> entries = jdbc.query("SELECT * FROM credit_ledger WHERE user_id = ?" + filter
                + " ORDER BY seq DESC LIMIT " + perPage + " OFFSET " + (long) (page - 1) * perPage,
                bind, CreditLedgerPersistenceAdapter::entry);
        long total = jdbc.query("SELECT count(*) FROM credit_ledger WHERE user_id = ?" + filter, bind,
                rows -> rows.getLong(1)).get(0);
        return new LedgerPage(entries, total);
    }

    @Override
    @Transactional
    public List<LedgerBreak> breaks() {
        List<LedgerBreak> breaks = new ArrayList<>(jdbc.query(POOL_BREAKS, statement -> { }, rows -> new LedgerBreak(
                new UserId(CreditsJdbc.uuid(rows, "user_id")), "pool_sum", rows.getString("pool") + " balance "
                + rows.getBigDecimal("balance").toPlainString() + " but ledger sums to "
                + rows.getBigDecimal("total").toPlainString())));
        breaks.addAll(jdbc.query(RESERVATION_BREAKS, statement -> { }, rows -> new LedgerBreak(
                new UserId(CreditsJdbc.uuid(rows, "user_id")), "reservation", "reservation " + CreditsJdbc.uuid(rows, "id")
                + " (" + rows.getString("status") + ") has entries summing to " + rows.getBigDecimal("booked").toPlainString()
                + ", expected " + rows.getBigDecimal("expected").toPlainString())));
        return breaks;
    }

    private static LedgerEntry entry(ResultSet rows) throws SQLException {
        UUID reservation = CreditsJdbc.uuid(rows, "reservation_id");
        return new LedgerEntry(CreditsJdbc.uuid(rows, "id"), new UserId(CreditsJdbc.uuid(rows, "user_id")),
                LedgerEntryType.fromCode(rows.getString("entry_type")), CreditPool.fromCode(rows.getString("pool")),
                new Credits(rows.getBigDecimal("amount")), new Credits(rows.getBigDecimal("balance_after")),
                reservation == null ? null : new ReservationId(reservation),
                new BillingSubject(CreditsJdbc.uuid(rows, "session_id"), CreditsJdbc.uuid(rows, "run_id"),
                        rows.getString("provider"), rows.getString("model_id"), rows.getString("tool_name")),
                rows.getString("idempotency_key"), rows.getString("description"), CreditsJdbc.instant(rows, "created_at"));
    }
}
