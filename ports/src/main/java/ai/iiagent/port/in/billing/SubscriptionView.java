package ai.iiagent.port.in.billing;

import ai.iiagent.domain.billing.Subscription;
import ai.iiagent.domain.credits.Credits;

/** A user's subscription together with the monthly credits its plan is worth. */
public record SubscriptionView(Subscription subscription, Credits monthlyCredits) {
}
