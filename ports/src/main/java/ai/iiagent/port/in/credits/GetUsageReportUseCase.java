package ai.iiagent.port.in.credits;

import ai.iiagent.domain.credits.UsageTotal;
import java.util.List;

/** Admin view of usage by user or by model over a period, largest first. */
public interface GetUsageReportUseCase {

    List<UsageTotal> report(GetUsageReportQuery query);
}
