package ai.iiagent.port.out.credits;

import ai.iiagent.domain.credits.CreditAccount;
import ai.iiagent.domain.shared.ConflictException;
import ai.iiagent.domain.users.UserId;
import java.util.Optional;

/**
 * Credit accounts. Every balance change is {@link #lockOrOpen} then {@link #update} inside one unit
 * of work, so changes to one account are serialised by its row lock; {@code update} is also
 * conditional on the version it read. Contract: {@code CreditAccountRepositoryContractTest}.
 */
public interface CreditAccountRepository {

    /** The account, locked until the surrounding transaction ends; opened with zero balances if absent. */
    CreditAccount lockOrOpen(UserId userId);

    Optional<CreditAccount> find(UserId userId);

    /**
     * Stores the changed balances if the stored row still has {@code changed.version()}.
     *
     * @return the account as stored (its version incremented)
     * @throws ConflictException when the row changed meanwhile (nothing is stored)
     */
    CreditAccount update(CreditAccount changed);
}
