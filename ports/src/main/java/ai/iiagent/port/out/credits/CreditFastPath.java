package ai.iiagent.port.out.credits;

import ai.iiagent.domain.credits.BillingSubject;
import ai.iiagent.domain.credits.CreditReservation;
import ai.iiagent.domain.credits.Credits;
import ai.iiagent.domain.credits.ReservationId;
import ai.iiagent.domain.credits.TokenUsage;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.domain.credits.ReservationStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The common case of the money path in one round trip each: a hold whose quote does not depend on
 * the balance, and a settlement within its hold. Each call either completes the operation exactly as
 * the domain's {@code CreditAccount} would (same amounts, same ledger idempotency keys, all in one
 * transaction under the account's lock) or answers empty and changes nothing, leaving the case to the
 * full path (account not opened yet, balance below {@link Hold#minAvailable()}, a hold the balance
 * cannot cover, a settlement shortfall, an unknown reservation).
 *
 * <p>Inside a caller's transaction the operation joins it. Without one it commits on its own before
 * answering — possibly in one transaction with concurrent operations on the same account (group
 * commit); a failure of such a group is retried operation by operation, so no caller sees a hold or
 * settlement that did not commit and none is applied twice.
 */
public interface CreditFastPath {

    /** Never takes the fast path (every operation goes the full way). */
    CreditFastPath NONE = new CreditFastPath() {
        @Override
        public Optional<CreditReservation> bookHold(Hold hold) {
            return Optional.empty();
        }

        @Override
        public Optional<Ended> bookSettlement(Settle settle) {
            return Optional.empty();
        }
    };

    /**
     * Holds {@code amount} bonus first, or returns the reservation already made under the same
     * idempotency key; empty when the full path must decide.
     */
    Optional<CreditReservation> bookHold(Hold hold);

    /** Ends a held reservation at {@code actual ≤ held} (zero releases it) and records usage; empty for the full path. */
    Optional<Ended> bookSettlement(Settle settle);

    /**
     * A hold planned without reading the balance.
     *
     * @param minAvailable the balance at or above which the planned quote is the quote; null when any balance that
     *                     covers the hold will do
     */
    record Hold(ReservationId id, UserId userId, String idempotencyKey, Credits amount, Credits minAvailable,
                int outputCap, BillingSubject subject, Instant createdAt, Instant expiresAt) {

        public Hold {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(userId, "userId");
            Objects.requireNonNull(idempotencyKey, "idempotencyKey");
            Objects.requireNonNull(amount, "amount");
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(createdAt, "createdAt");
            Objects.requireNonNull(expiresAt, "expiresAt");
        }
    }

    /**
     * How a reservation ended: {@code charged} what it finally cost, {@code remaining} the balance after;
     * {@code alreadyEnded} when it had ended before (nothing changed, {@code charged} zero).
     */
    record Ended(ReservationStatus status, Credits charged, Credits remaining, boolean alreadyEnded) {

        public Ended {
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(charged, "charged");
            Objects.requireNonNull(remaining, "remaining");
        }
    }

    /** A settlement with the call's usage. */
    record Settle(ReservationId reservationId, Credits actual, TokenUsage tokens, BigDecimal usd, boolean byok,
                  Instant at) {

        public Settle {
            Objects.requireNonNull(reservationId, "reservationId");
            Objects.requireNonNull(actual, "actual");
            Objects.requireNonNull(tokens, "tokens");
            Objects.requireNonNull(usd, "usd");
            Objects.requireNonNull(at, "at");
        }
    }
}
