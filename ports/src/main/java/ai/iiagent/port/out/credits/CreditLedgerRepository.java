package ai.iiagent.port.out.credits;

import ai.iiagent.domain.credits.LedgerBreak;
import ai.iiagent.domain.credits.LedgerEntry;
import ai.iiagent.domain.credits.LedgerEntryType;
import ai.iiagent.domain.credits.LedgerPage;
import ai.iiagent.domain.users.UserId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The append-only credit ledger: rows are added, never changed or removed, and an idempotency key
 * is stored at most once (a duplicate makes {@link #append} fail and its transaction roll back).
 */
public interface CreditLedgerRepository {

    void append(List<LedgerEntry> entries);

    boolean contains(String idempotencyKey);

    /** A user's entries, newest first, optionally of one type or one session; {@code page} counts from 1. */
    LedgerPage history(UserId userId, Optional<LedgerEntryType> type, Optional<UUID> sessionId, int page, int perPage);

    /** Accounts whose ledger does not add up to their balances, or whose reservations disagree with their entries. */
    List<LedgerBreak> breaks();
}
