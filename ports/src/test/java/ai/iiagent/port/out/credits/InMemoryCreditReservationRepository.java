package ai.iiagent.port.out.credits;

import ai.iiagent.domain.credits.CreditReservation;
import ai.iiagent.domain.credits.Credits;
import ai.iiagent.domain.credits.ReservationId;
import ai.iiagent.domain.users.UserId;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** {@link CreditReservationRepository} in a map; a reservation leaves {@code held} at most once. */
public class InMemoryCreditReservationRepository implements CreditReservationRepository {

    private final Map<ReservationId, CreditReservation> rows = new LinkedHashMap<>();

    @Override
    public synchronized void insert(CreditReservation reservation) {
        if (rows.putIfAbsent(reservation.id(), reservation) != null) {
            throw new IllegalStateException("reservation " + reservation.id() + " exists already");
        }
    }

    @Override
    public synchronized Optional<CreditReservation> find(ReservationId id) {
        return Optional.ofNullable(rows.get(id));
    }

    @Override
    public synchronized Optional<CreditReservation> findByKey(String idempotencyKey) {
        return rows.values().stream().filter(row -> row.idempotencyKey().equals(idempotencyKey)).findFirst();
    }

    @Override
    public synchronized boolean end(CreditReservation ended, Credits actual, Credits uncharged, Instant endedAt) {
        CreditReservation stored = rows.get(ended.id());
        if (stored == null || !stored.isHeld()) {
            return false;
        }
        rows.put(ended.id(), ended);
        return true;
    }

    @Override
    public synchronized List<CreditReservation> expiredHolds(Instant now, int limit) {
        return rows.values().stream().filter(row -> row.isHeld() && row.expiresAt().isBefore(now))
                .sorted(Comparator.comparing(CreditReservation::expiresAt)).limit(limit).toList();
    }

    @Override
    public synchronized List<CreditReservation> heldForRun(UUID runId) {
        return rows.values().stream().filter(row -> row.isHeld() && runId.equals(row.subject().runId()))
                .sorted(Comparator.comparing(CreditReservation::createdAt)).toList();
    }

    @Override
    public synchronized Credits heldBy(UserId userId) {
        return rows.values().stream().filter(row -> row.isHeld() && row.userId().equals(userId))
                .map(CreditReservation::held).reduce(Credits.ZERO, Credits::plus);
    }
}
