package ai.iiagent.service.credits;

import ai.iiagent.domain.credits.LedgerPage;
import ai.iiagent.port.in.credits.CreditHistory;
import ai.iiagent.port.in.credits.ListCreditHistoryQuery;
import ai.iiagent.port.in.credits.ListCreditHistoryUseCase;
import ai.iiagent.port.out.credits.CreditLedgerRepository;
import java.util.Optional;

/** The caller's ledger page. */
public final class ListCreditHistoryService implements ListCreditHistoryUseCase {

    private final CreditLedgerRepository ledger;

    public ListCreditHistoryService(CreditLedgerRepository ledger) {
        this.ledger = ledger;
    }

    @Override
    public CreditHistory history(ListCreditHistoryQuery query) {
        LedgerPage page = ledger.history(query.userId(), query.type(), Optional.empty(), query.page(), query.perPage());
        return new CreditHistory(page.entries(), page.total(), query.page(), query.perPage());
    }
}
