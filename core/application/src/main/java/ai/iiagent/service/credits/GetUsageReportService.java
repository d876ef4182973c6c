package ai.iiagent.service.credits;

import ai.iiagent.domain.credits.UsageTotal;
import ai.iiagent.port.in.credits.GetUsageReportQuery;
import ai.iiagent.port.in.credits.GetUsageReportUseCase;
import ai.iiagent.port.out.credits.CreditUsageRepository;
import java.util.List;

/** Usage totals for admins. */
public final class GetUsageReportService implements GetUsageReportUseCase {

    private final CreditUsageRepository usage;

    public GetUsageReportService(CreditUsageRepository usage) {
        this.usage = usage;
    }

    @Override
    public List<UsageTotal> report(GetUsageReportQuery query) {
        return usage.totals(query.groupBy(), query.from(), query.to());
    }
}
