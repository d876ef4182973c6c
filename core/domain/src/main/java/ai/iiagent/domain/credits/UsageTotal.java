package ai.iiagent.domain.credits;

import java.math.BigDecimal;

/** Usage totals of one user or one model over a period (admin report). */
public record UsageTotal(String key, Credits credits, BigDecimal usd, long calls, long inputTokens, long outputTokens) {
}
