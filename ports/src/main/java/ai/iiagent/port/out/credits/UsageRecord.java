package ai.iiagent.port.out.credits;

import ai.iiagent.domain.credits.BillingSubject;
import ai.iiagent.domain.credits.Credits;
import ai.iiagent.domain.credits.ReservationId;
import ai.iiagent.domain.credits.TokenUsage;
import ai.iiagent.domain.users.UserId;
import java.math.BigDecimal;
import java.time.Instant;

/** What one settled call used and cost ({@code byok}: paid with the user's own key, 0 credits). */
public record UsageRecord(ReservationId reservationId, UserId userId, BillingSubject subject, TokenUsage tokens,
                          BigDecimal usd, Credits credits, boolean byok, Instant at) {
}
