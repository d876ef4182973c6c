package ai.iiagent.domain.billing;

import ai.iiagent.domain.credits.Credits;
import java.util.Objects;

/**
 * The audit record of one handled payment event (table {@code billing_transactions}); {@code user},
 * {@code price}, {@code credits} and the ids are null where the event did not involve them.
 */
public record BillingTransaction(String eventId, String eventType, PaymentEventOutcome outcome,
                                 ai.iiagent.domain.users.UserId user, String customerId, String subscriptionId,
                                 String objectId, PlanPrice price, Credits credits, Long amountCents,
                                 String currency, String detail) {

    public BillingTransaction {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(eventType, "eventType");
        Objects.requireNonNull(outcome, "outcome");
        if (outcome == PaymentEventOutcome.DUPLICATE) {
            throw new IllegalArgumentException("a duplicate is not recorded twice");
        }
    }

    public static BillingTransaction ignored(PaymentEvent event, String why) {
        return new BillingTransaction(event.eventId(), event.type(), PaymentEventOutcome.IGNORED, null, null, null,
                null, null, null, null, null, why);
    }
}
