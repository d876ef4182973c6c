package ai.iiagent.domain.credits;

import ai.iiagent.domain.users.UserId;
import java.time.Instant;
import java.util.Objects;

/**
 * Credits held for one billable call before it runs. Only {@link CreditAccount#reserve} mints one
 * (the constructor is package-private), so holding a reservation proves the balance was taken;
 * billable ports demand one in every paid method. Only the persistence adapter reloads stored ones
 * ({@link #rehydrate}).
 *
 * @param fromBonus the part taken from the bonus pool (spending takes bonus first)
 * @param fromRegular the rest, taken from the regular pool (which may dip into the shortfall window)
 */
public record CreditReservation(ReservationId id, UserId userId, Credits held, Credits fromBonus, Credits fromRegular,
                                BillingSubject subject, String idempotencyKey, ReservationStatus status,
                                Instant createdAt, Instant expiresAt) {

    CreditReservation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(held, "held");
        Objects.requireNonNull(fromBonus, "fromBonus");
        Objects.requireNonNull(fromRegular, "fromRegular");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        subject = subject == null ? BillingSubject.NONE : subject;
        if (held.isNegative() || fromBonus.isNegative() || fromRegular.isNegative()
                || held.compareTo(fromBonus.plus(fromRegular)) != 0) {
            throw new IllegalArgumentException("a hold is non-negative and split exactly into its pools");
        }
    }

    /** A stored reservation as it was; for the persistence adapter only. */
    public static CreditReservation rehydrate(ReservationId id, UserId userId, Credits held, Credits fromBonus,
                                              Credits fromRegular, BillingSubject subject, String idempotencyKey,
                                              ReservationStatus status, Instant createdAt, Instant expiresAt) {
        return new CreditReservation(id, userId, held, fromBonus, fromRegular, subject, idempotencyKey, status,
                createdAt, expiresAt);
    }

    public boolean isHeld() {
        return status == ReservationStatus.HELD;
    }

    CreditReservation ended(ReservationStatus ending) {
        if (!isHeld()) {
            throw new IllegalStateException("reservation " + id + " already ended as " + status.code());
        }
        return new CreditReservation(id, userId, held, fromBonus, fromRegular, subject, idempotencyKey, ending,
                createdAt, expiresAt);
    }
}
