package ai.iiagent.port.out.billing;

import ai.iiagent.domain.billing.BillingTransaction;
import java.time.Instant;

/**
 * The audit log of payment events, unique by the provider's event id: it is what makes webhook
 * handling idempotent. Use both methods inside one unit of work with the event's effects.
 */
public interface BillingTransactionRepository {

    /**
     * Claims an event id: true for the first caller; false when it is recorded already. A concurrent
     * claimer waits until the first unit of work ends (then false if it committed, true if it
     * rolled back).
     */
    boolean claim(String eventId, String eventType, Instant at);

    /** Fills in the outcome of a claimed event. */
    void complete(BillingTransaction transaction);
}
