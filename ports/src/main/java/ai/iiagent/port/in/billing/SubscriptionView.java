package ai.iiagent.port.in.billing;

import ai.iiagent.domain.billing.Subscription;
import ai.iiagent.domain.credits.Credits;

/**
 * A user's subscription together with the monthly credits its plan is worth.
 *
 * @param billingConfigured whether checkout, top-up and portal can work (a payment provider is configured),
 *                          so a client knows whether to offer them
 */
public record SubscriptionView(Subscription subscription, Credits monthlyCredits, boolean billingConfigured) {
}
