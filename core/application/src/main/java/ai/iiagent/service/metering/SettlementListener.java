package ai.iiagent.service.metering;

import ai.iiagent.domain.credits.BillingSubject;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.port.in.credits.Settlement;

/** Told after every settlement (to notify the session and stop a run whose credits ran out). */
@FunctionalInterface
public interface SettlementListener {

    void settled(UserId userId, BillingSubject subject, Settlement settlement);
}
