package ai.iiagent.service.credits;

import ai.iiagent.domain.credits.CreditErrors;
import ai.iiagent.domain.credits.Credits;
import ai.iiagent.domain.credits.LedgerPage;
import ai.iiagent.domain.credits.SessionUsage;
import ai.iiagent.domain.shared.NotFoundException;
import ai.iiagent.port.in.credits.CreditHistory;
import ai.iiagent.port.in.credits.GetSessionUsageQuery;
import ai.iiagent.port.in.credits.GetSessionUsageUseCase;
import ai.iiagent.port.in.credits.SessionCost;
import ai.iiagent.port.out.credits.CreditLedgerRepository;
import ai.iiagent.port.out.credits.CreditUsageRepository;
import java.util.Optional;

/** One of the caller's sessions' cost; another user's session is not found, exactly like a missing one. */
public final class GetSessionUsageService implements GetSessionUsageUseCase {

    private final CreditUsageRepository usage;
    private final CreditLedgerRepository ledger;

    public GetSessionUsageService(CreditUsageRepository usage, CreditLedgerRepository ledger) {
        this.usage = usage;
        this.ledger = ledger;
    }

    @Override
    public SessionCost usage(GetSessionUsageQuery query) {
        if (!usage.isSessionOf(query.userId(), query.sessionId())) {
            // Same code as the sessions feature's SessionNotFoundException, which credits may not depend on.
            throw new NotFoundException(CreditErrors.SESSION_NOT_FOUND, "session " + query.sessionId() + " not found");
        }
        SessionUsage totals = usage.forSession(query.userId(), query.sessionId())
                .orElseGet(() -> new SessionUsage(query.sessionId(), null, Credits.ZERO, 0, 0, 0, 0, 0, 0, null));
        LedgerPage entries = ledger.history(query.userId(), Optional.empty(), Optional.of(query.sessionId()),
                query.page(), query.perPage());
        return new SessionCost(totals, new CreditHistory(entries.entries(), entries.total(), query.page(), query.perPage()));
    }
}
