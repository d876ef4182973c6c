package ai.iiagent.adapter.persistence.credits;

import static ai.iiagent.adapter.persistence.credits.CreditsJdbc.setInstant;
import static ai.iiagent.adapter.persistence.credits.CreditsJdbc.setUuid;

import ai.iiagent.domain.credits.BillingSubject;
import ai.iiagent.domain.credits.CreditReservation;
import ai.iiagent.domain.credits.Credits;
import ai.iiagent.domain.credits.ReservationId;
import ai.iiagent.domain.credits.ReservationStatus;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.port.out.credits.CreditReservationRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** {@link CreditReservationRepository} on PostgreSQL; ending is {@code UPDATE … WHERE status = 'held'}. */
@ApplicationScoped
public class CreditReservationPersistenceAdapter implements CreditReservationRepository {

    private static final String INSERT = """
            INSERT INTO credit_reservations (id, user_id, status, held, from_bonus, from_regular, output_cap, session_id,
                                             run_id, provider, model_id, tool_name, idempotency_key, created_at, expires_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private final CreditsJdbc jdbc;

    public CreditReservationPersistenceAdapter(CreditsJdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void insert(CreditReservation reservation) {
        BillingSubject subject = reservation.subject();
        jdbc.update(INSERT, statement -> {
            setUuid(statement, 1, reservation.id().value());
            setUuid(statement, 2, reservation.userId().value());
            statement.setString(3, reservation.status().code());
            statement.setBigDecimal(4, reservation.held().value());
            statement.setBigDecimal(5, reservation.fromBonus().value());
            statement.setBigDecimal(6, reservation.fromRegular().value());
            statement.setInt(7, reservation.outputCap());
            setUuid(statement, 8, subject.sessionId());
            setUuid(statement, 9, subject.runId());
            statement.setString(10, subject.provider());
            statement.setString(11, subject.modelId());
            statement.setString(12, subject.toolName());
            statement.setString(13, reservation.idempotencyKey());
            setInstant(statement, 14, reservation.createdAt());
            setInstant(statement, 15, reservation.expiresAt());
        });
    }

    @Override
    @Transactional
    public Optional<CreditReservation> find(ReservationId id) {
        return jdbc.query("SELECT * FROM credit_reservations WHERE id = ?", statement -> setUuid(statement, 1, id.value()),
                CreditReservationPersistenceAdapter::reservation).stream().findFirst();
    }

    @Override
    @Transactional
    public Optional<CreditReservation> findByKey(String idempotencyKey) {
        return jdbc.query("SELECT * FROM credit_reservations WHERE idempotency_key = ?",
                statement -> statement.setString(1, idempotencyKey), CreditReservationPersistenceAdapter::reservation)
                .stream().findFirst();
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean end(CreditReservation ended, Credits actual, Credits uncharged, Instant endedAt) {
        return jdbc.update("""
                UPDATE credit_reservations SET status = ?, actual = ?, uncharged = ?, ended_at = ?
                 WHERE id = ? AND status = 'held'""", statement -> {
            statement.setString(1, ended.status().code());
            statement.setBigDecimal(2, actual.value());
            statement.setBigDecimal(3, uncharged.value());
            setInstant(statement, 4, endedAt);
            setUuid(statement, 5, ended.id().value());
        }) == 1;
    }

    @Override
    @Transactional
    public List<CreditReservation> expiredHolds(Instant now, int limit) {
        return jdbc.query("SELECT * FROM credit_reservations WHERE status = 'held' AND expires_at < ? ORDER BY expires_at"
                + " LIMIT " + limit, statement -> setInstant(statement, 1, now), CreditReservationPersistenceAdapter::reservation);
    }

    @Override
    @Transactional
    public List<CreditReservation> heldForRun(UUID runId) {
        return jdbc.query("SELECT * FROM credit_reservations WHERE status = 'held' AND run_id = ? ORDER BY created_at",
                statement -> setUuid(statement, 1, runId), CreditReservationPersistenceAdapter::reservation);
    }

    @Override
    @Transactional
    public Credits heldBy(UserId userId) {
        return jdbc.query("SELECT COALESCE(SUM(held), 0) AS held FROM credit_reservations WHERE status = 'held' AND user_id = ?",
                statement -> setUuid(statement, 1, userId.value()), rows -> new Credits(rows.getBigDecimal("held")))
                .getFirst();
    }

    private static CreditReservation reservation(ResultSet rows) throws SQLException {
        return CreditReservation.rehydrate(new ReservationId(CreditsJdbc.uuid(rows, "id")),
                new UserId(CreditsJdbc.uuid(rows, "user_id")), new Credits(rows.getBigDecimal("held")),
                new Credits(rows.getBigDecimal("from_bonus")), new Credits(rows.getBigDecimal("from_regular")),
                rows.getInt("output_cap"), new BillingSubject(CreditsJdbc.uuid(rows, "session_id"),
                        CreditsJdbc.uuid(rows, "run_id"), rows.getString("provider"), rows.getString("model_id"),
                        rows.getString("tool_name")), rows.getString("idempotency_key"),
                ReservationStatus.fromCode(rows.getString("status")), CreditsJdbc.instant(rows, "created_at"),
                CreditsJdbc.instant(rows, "expires_at"));
    }
}
