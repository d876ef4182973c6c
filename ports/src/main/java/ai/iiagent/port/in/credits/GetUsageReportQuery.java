package ai.iiagent.port.in.credits;

import ai.iiagent.domain.shared.ValidationException;
import java.time.Instant;
import java.util.Objects;

/** Usage totals by {@code user} or {@code model} in {@code [from, to)} (admin). */
public record GetUsageReportQuery(String groupBy, Instant from, Instant to) {

    public GetUsageReportQuery {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!"user".equals(groupBy) && !"model".equals(groupBy)) {
            throw new ValidationException("group_by must be user or model");
        }
        if (!from.isBefore(to)) {
            throw new ValidationException("from must be before to");
        }
    }
}
