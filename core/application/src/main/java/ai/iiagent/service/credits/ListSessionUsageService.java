package ai.iiagent.service.credits;

import ai.iiagent.port.in.credits.ListSessionUsageQuery;
import ai.iiagent.port.in.credits.ListSessionUsageUseCase;
import ai.iiagent.port.in.credits.SessionUsagePage;
import ai.iiagent.port.out.credits.CreditUsageRepository;

/** Per-session cost for the caller. */
public final class ListSessionUsageService implements ListSessionUsageUseCase {

    private final CreditUsageRepository usage;

    public ListSessionUsageService(CreditUsageRepository usage) {
        this.usage = usage;
    }

    @Override
    public SessionUsagePage list(ListSessionUsageQuery query) {
        return new SessionUsagePage(usage.bySession(query.userId(), query.page(), query.perPage()),
                usage.sessionsWithUsage(query.userId()), query.page(), query.perPage());
    }
}
