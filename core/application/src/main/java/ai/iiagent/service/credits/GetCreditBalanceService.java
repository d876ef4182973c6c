package ai.iiagent.service.credits;

import ai.iiagent.domain.credits.CreditAccount;
import ai.iiagent.port.in.credits.CreditBalance;
import ai.iiagent.port.in.credits.GetCreditBalanceQuery;
import ai.iiagent.port.in.credits.GetCreditBalanceUseCase;
import ai.iiagent.port.out.credits.CreditAccountRepository;
import ai.iiagent.port.out.credits.CreditReservationRepository;

/** Reads the balance without locking; an account not opened yet reads as zero. */
public final class GetCreditBalanceService implements GetCreditBalanceUseCase {

    private final CreditAccountRepository accounts;
    private final CreditReservationRepository reservations;

    public GetCreditBalanceService(CreditAccountRepository accounts, CreditReservationRepository reservations) {
        this.accounts = accounts;
        this.reservations = reservations;
    }

    @Override
    public CreditBalance balance(GetCreditBalanceQuery query) {
        CreditAccount account = accounts.find(query.userId()).orElseGet(() -> CreditAccount.open(query.userId()));
        return new CreditBalance(account.userId(), account.regular(), account.bonus(), account.available(),
                reservations.heldBy(query.userId()), account.reconciliationRequired());
    }
}
