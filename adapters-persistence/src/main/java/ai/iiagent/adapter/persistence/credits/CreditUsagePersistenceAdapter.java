package ai.iiagent.adapter.persistence.credits;

import static ai.iiagent.adapter.persistence.credits.CreditsJdbc.setInstant;
import static ai.iiagent.adapter.persistence.credits.CreditsJdbc.setUuid;

import ai.iiagent.domain.credits.Credits;
import ai.iiagent.domain.credits.SessionUsage;
import ai.iiagent.domain.credits.UsageTotal;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.port.out.credits.CreditUsageRepository;
import ai.iiagent.port.out.credits.UsageRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** {@link CreditUsageRepository} on PostgreSQL: one row per settled call, aggregated on read. */
@ApplicationScoped
public class CreditUsagePersistenceAdapter implements CreditUsageRepository {

    private static final String SESSION_TOTALS = """
            SELECT u.session_id, MAX(s.name) AS session_title, SUM(u.credits) AS credits, count(*) AS calls,
                   SUM(u.input_tokens) AS input_tokens, SUM(u.output_tokens) AS output_tokens,
                   SUM(u.cache_read_tokens) AS cache_read_tokens, SUM(u.cache_write_tokens) AS cache_write_tokens,
                   SUM(u.reasoning_tokens) AS reasoning_tokens, MAX(u.created_at) AS last_used_at
              FROM credit_usage u LEFT JOIN sessions s ON s.id = u.session_id AND s.user_id = u.user_id
             WHERE u.user_id = ? AND u.session_id IS NOT NULL""";

    private final CreditsJdbc jdbc;

    public CreditUsagePersistenceAdapter(CreditsJdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(UsageRecord usage) {
        jdbc.update("""
                INSERT INTO credit_usage (reservation_id, user_id, session_id, run_id, provider, model_id, tool_name,
                    input_tokens, output_tokens, cache_read_tokens, cache_write_tokens, reasoning_tokens, usd, credits,
                    byok, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", statement -> {
            setUuid(statement, 1, usage.reservationId().value());
            setUuid(statement, 2, usage.userId().value());
            setUuid(statement, 3, usage.subject().sessionId());
            setUuid(statement, 4, usage.subject().runId());
            statement.setString(5, usage.subject().provider());
            statement.setString(6, usage.subject().modelId());
            statement.setString(7, usage.subject().toolName());
            statement.setLong(8, usage.tokens().input());
            statement.setLong(9, usage.tokens().output());
            statement.setLong(10, usage.tokens().cacheRead());
            statement.setLong(11, usage.tokens().cacheWrite());
            statement.setLong(12, usage.tokens().reasoning());
            statement.setBigDecimal(13, usage.usd());
            statement.setBigDecimal(14, usage.credits().value());
            statement.setBoolean(15, usage.byok());
            setInstant(statement, 16, usage.at());
        });
    }

    @Override
    @Transactional
    public List<SessionUsage> bySession(UserId userId, int page, int perPage) {
        return jdbc.query(SESSION_TOTALS + " GROUP BY u.session_id ORDER BY last_used_at DESC, u.session_id LIMIT " + perPage
                + " OFFSET " + (long) (page - 1) * perPage, statement -> setUuid(statement, 1, userId.value()),
                CreditUsagePersistenceAdapter::sessionUsage);
    }

    @Override
    @Transactional
    public long sessionsWithUsage(UserId userId) {
        return jdbc.query("SELECT count(DISTINCT session_id) FROM credit_usage WHERE user_id = ? AND session_id IS NOT NULL",
                statement -> setUuid(statement, 1, userId.value()), rows -> rows.getLong(1)).get(0);
    }

    @Override
    @Transactional
    public Optional<SessionUsage> forSession(UserId userId, UUID sessionId) {
        return jdbc.query(SESSION_TOTALS + " AND u.session_id = ? GROUP BY u.session_id", statement -> {
            setUuid(statement, 1, userId.value());
            setUuid(statement, 2, sessionId);
        }, CreditUsagePersistenceAdapter::sessionUsage).stream().findFirst();
    }

    @Override
    @Transactional
    public boolean isSessionOf(UserId userId, UUID sessionId) {
        return !jdbc.query("SELECT 1 FROM sessions WHERE id = ? AND user_id = ?", statement -> {
            setUuid(statement, 1, sessionId);
            setUuid(statement, 2, userId.value());
        }, rows -> Boolean.TRUE).isEmpty();
    }

    @Override
    @Transactional
    public List<UsageTotal> totals(String groupBy, Instant from, Instant to) {
        String key = "model".equals(groupBy) ? "COALESCE(model_id, tool_name, 'unknown')" : "user_id::text";
        return jdbc.query("SELECT " + key + " AS key, SUM(credits) AS credits, SUM(usd) AS usd, count(*) AS calls,"
                + " SUM(input_tokens) AS input_tokens, SUM(output_tokens) AS output_tokens FROM credit_usage"
                + " WHERE created_at >= ? AND created_at < ? GROUP BY 1 ORDER BY 2 DESC, 1", statement -> {
            setInstant(statement, 1, from);
            setInstant(statement, 2, to);
        }, rows -> new UsageTotal(rows.getString("key"), new Credits(rows.getBigDecimal("credits")),
                rows.getBigDecimal("usd"), rows.getLong("calls"), rows.getLong("input_tokens"),
                rows.getLong("output_tokens")));
    }

    private static SessionUsage sessionUsage(ResultSet rows) throws SQLException {
        return new SessionUsage(CreditsJdbc.uuid(rows, "session_id"), rows.getString("session_title"), new Credits(rows.getBigDecimal("credits")),
                rows.getLong("calls"), rows.getLong("input_tokens"), rows.getLong("output_tokens"),
                rows.getLong("cache_read_tokens"), rows.getLong("cache_write_tokens"), rows.getLong("reasoning_tokens"),
                CreditsJdbc.instant(rows, "last_used_at"));
    }
}
