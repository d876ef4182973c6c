package ai.iiagent.service.credits;

import ai.iiagent.domain.credits.CreditAccount;
import ai.iiagent.domain.credits.LedgerEntry;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.port.out.credits.CreditAccountRepository;
import ai.iiagent.port.out.credits.CreditLedgerRepository;
import java.util.List;

/** Writes an account change and its ledger entries together; callers hold the account's lock. */
final class AccountBook {

    private final CreditAccountRepository accounts;
    private final CreditLedgerRepository ledger;

    AccountBook(CreditAccountRepository accounts, CreditLedgerRepository ledger) {
        this.accounts = accounts;
        this.ledger = ledger;
    }

    CreditAccount lock(UserId userId) {
        return accounts.lockOrOpen(userId);
    }

    CreditAccount write(CreditAccount changed, List<LedgerEntry> entries) {
        // Ledger rows first: a duplicate idempotency key fails here, before any balance moves.
        ledger.append(entries);
        return accounts.update(changed);
    }

    boolean booked(String idempotencyKey) {
        return ledger.contains(idempotencyKey);
    }
}
