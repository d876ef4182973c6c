package ai.iiagent.service.credits;

import ai.iiagent.domain.credits.LedgerBreak;
import ai.iiagent.port.in.credits.CheckLedgerConsistencyUseCase;
import ai.iiagent.port.in.credits.ConsistencyReport;
import ai.iiagent.port.out.credits.CreditLedgerRepository;
import java.util.List;

/** Asks the ledger for breaks; none means consistent. */
public final class CheckLedgerConsistencyService implements CheckLedgerConsistencyUseCase {

    private final CreditLedgerRepository ledger;

    public CheckLedgerConsistencyService(CreditLedgerRepository ledger) {
        this.ledger = ledger;
    }

    @Override
    public ConsistencyReport check() {
        List<LedgerBreak> breaks = ledger.breaks();
        return new ConsistencyReport(breaks.isEmpty(), breaks);
    }
}
