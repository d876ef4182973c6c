package ai.iiagent.port.out.credits;

import ai.iiagent.domain.credits.CreditReservation;
import ai.iiagent.domain.credits.Credits;
import ai.iiagent.domain.credits.ReservationId;
import ai.iiagent.domain.users.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Reservations. A reservation leaves {@code held} at most once: {@link #end} only changes a row
 * still held, so a late settle and the expiry job cannot both return the same hold.
 */
public interface CreditReservationRepository {

    void insert(CreditReservation reservation);

    Optional<CreditReservation> find(ReservationId id);

    Optional<CreditReservation> findByKey(String idempotencyKey);

    /**
     * Records how a held reservation ended.
     *
     * @return false when it had already ended (nothing changed)
     */
    boolean end(CreditReservation ended, Credits actual, Credits uncharged, Instant endedAt);

    /** Held reservations that expired before {@code now}, oldest first. */
    List<CreditReservation> expiredHolds(Instant now, int limit);

    /** The reservations of one run still held, oldest first. */
    List<CreditReservation> heldForRun(UUID runId);

    /** What the user's held reservations hold together (zero when none). */
    Credits heldBy(UserId userId);
}
