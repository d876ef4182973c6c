package ai.iiagent.domain.credits;

import ai.iiagent.domain.users.UserId;
import java.time.Instant;
import java.util.Objects;

/**
 * Credits held for one billable call before it runs. Only {@link CreditAccount#reserve} mints one
 * (the constructor is package-private, which is why this is a class and not a record), so holding
 * a reservation proves the balance was taken; billable ports demand one in every paid method. Only
 * the persistence adapter reloads stored ones ({@link #rehydrate}).
 */
public final class CreditReservation {

    private final ReservationId id;
    private final UserId userId;
    private final Credits held;
    private final Credits fromBonus;
    private final Credits fromRegular;
    private final int outputCap;
    private final BillingSubject subject;
    private final String idempotencyKey;
    private final ReservationStatus status;
    private final Instant createdAt;
    private final Instant expiresAt;

    CreditReservation(ReservationId id, UserId userId, Credits held, Credits fromBonus, Credits fromRegular,
                      int outputCap, BillingSubject subject, String idempotencyKey, ReservationStatus status,
                      Instant createdAt, Instant expiresAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.userId = Objects.requireNonNull(userId, "userId");
        this.held = Objects.requireNonNull(held, "held");
        this.fromBonus = Objects.requireNonNull(fromBonus, "fromBonus");
        this.fromRegular = Objects.requireNonNull(fromRegular, "fromRegular");
        this.outputCap = outputCap;
        this.subject = subject == null ? BillingSubject.NONE : subject;
        this.idempotencyKey = Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        this.status = Objects.requireNonNull(status, "status");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt");
        if (outputCap < 0) {
            throw new IllegalArgumentException("an output cap is never negative");
        }
        if (held.isNegative() || fromBonus.isNegative() || fromRegular.isNegative()
                || held.compareTo(fromBonus.plus(fromRegular)) != 0) {
            throw new IllegalArgumentException("a hold is non-negative and split exactly into its pools");
        }
    }

    /** A stored reservation as it was; for the persistence adapter only. */
    public static CreditReservation rehydrate(ReservationId id, UserId userId, Credits held, Credits fromBonus,
                                              Credits fromRegular, int outputCap, BillingSubject subject,
                                              String idempotencyKey, ReservationStatus status, Instant createdAt,
                                              Instant expiresAt) {
        return new CreditReservation(id, userId, held, fromBonus, fromRegular, outputCap, subject, idempotencyKey,
                status, createdAt, expiresAt);
    }

    public ReservationId id() {
        return id;
    }

    public UserId userId() {
        return userId;
    }

    public Credits held() {
        return held;
    }

    /** The part taken from the bonus pool (spending takes bonus first). */
    public Credits fromBonus() {
        return fromBonus;
    }

    /** The rest, from the regular pool (which may dip into the shortfall window). */
    public Credits fromRegular() {
        return fromRegular;
    }

    /** For an LLM call, the max output tokens the hold was quoted for: pass it to the provider. */
    public int outputCap() {
        return outputCap;
    }

    public BillingSubject subject() {
        return subject;
    }

    public String idempotencyKey() {
        return idempotencyKey;
    }

    public ReservationStatus status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public boolean isHeld() {
        return status == ReservationStatus.HELD;
    }

    CreditReservation ended(ReservationStatus ending) {
        if (!isHeld()) {
            throw new IllegalStateException("reservation " + id + " already ended as " + status.code());
        }
        return new CreditReservation(id, userId, held, fromBonus, fromRegular, outputCap, subject, idempotencyKey,
                ending, createdAt, expiresAt);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CreditReservation that && id.equals(that.id) && status == that.status;
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, status);
    }

    @Override
    public String toString() {
        return "CreditReservation[" + id + ", " + held + " credits, " + status.code() + "]";
    }
}
