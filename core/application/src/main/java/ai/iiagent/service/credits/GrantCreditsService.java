package ai.iiagent.service.credits;

import ai.iiagent.domain.credits.CreditAccount;
import ai.iiagent.port.in.credits.CreditGrant;
import ai.iiagent.port.in.credits.GrantCreditsCommand;
import ai.iiagent.port.in.credits.GrantCreditsUseCase;
import ai.iiagent.port.out.clock.ClockPort;
import ai.iiagent.port.out.credits.CreditAccountRepository;
import ai.iiagent.port.out.credits.CreditLedgerRepository;
import ai.iiagent.port.out.tx.UnitOfWork;

/** Grants under the account's lock, so two grants with one key see each other and only one books. */
public final class GrantCreditsService implements GrantCreditsUseCase {

    private final AccountBook book;
    private final UnitOfWork unitOfWork;
    private final ClockPort clock;

    public GrantCreditsService(CreditAccountRepository accounts, CreditLedgerRepository ledger, UnitOfWork unitOfWork,
                               ClockPort clock) {
        this.book = new AccountBook(accounts, ledger);
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public CreditGrant grant(GrantCreditsCommand command) {
        return unitOfWork.inTransaction(() -> {
            CreditAccount account = book.lock(command.userId());
            if (book.booked(command.idempotencyKey())) {
                return new CreditGrant(false, account.regular(), account.bonus());
            }
            CreditAccount.Change change = account.grant(command.amount(), command.pool(), command.type(),
                    command.idempotencyKey(), command.reason(), clock.now());
            CreditAccount stored = book.write(change.account(), change.entries());
            return new CreditGrant(true, stored.regular(), stored.bonus());
        });
    }
}
