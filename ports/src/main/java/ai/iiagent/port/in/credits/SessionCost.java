package ai.iiagent.port.in.credits;

import ai.iiagent.domain.credits.SessionUsage;
import java.util.Objects;

/** A session's usage totals and a page of the ledger entries booked for it. */
public record SessionCost(SessionUsage usage, CreditHistory items) {

    public SessionCost {
        Objects.requireNonNull(usage, "usage");
        Objects.requireNonNull(items, "items");
    }
}
