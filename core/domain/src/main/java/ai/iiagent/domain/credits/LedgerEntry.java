package ai.iiagent.domain.credits;

import ai.iiagent.domain.users.UserId;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One append-only movement of one pool. {@code balanceAfter} is that pool's balance right after;
 * the idempotency key is unique across the ledger, so a retried operation never books twice.
 */
public record LedgerEntry(UUID id, UserId userId, LedgerEntryType type, CreditPool pool, Credits amount,
                          Credits balanceAfter, ReservationId reservationId, BillingSubject subject,
                          String idempotencyKey, String description, Instant createdAt) {

    public LedgerEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(pool, "pool");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(balanceAfter, "balanceAfter");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(createdAt, "createdAt");
        subject = subject == null ? BillingSubject.NONE : subject;
        if (amount.isZero()) {
            throw new IllegalArgumentException("a ledger entry moves a non-zero amount");
        }
    }
}
