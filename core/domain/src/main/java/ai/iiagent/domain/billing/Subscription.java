package ai.iiagent.domain.billing;

import ai.iiagent.domain.users.UserId;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * A user's standing with the payment provider: the customer and subscription ids (null until
 * known), plan, the provider's status string, cycle and end of the paid period.
 */
public record Subscription(UserId userId, String customerId, String subscriptionId, Plan plan, String status,
                           BillingCycle cycle, Instant currentPeriodEnd) {

    // Stripe keeps serving past_due subscriptions while it retries the payment.
    private static final Set<String> PAID_UP = Set.of("active", "trialing", "past_due");

    public Subscription {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(plan, "plan");
    }

    /** A user who never paid: free plan, nothing linked. */
    public static Subscription none(UserId userId) {
        return new Subscription(userId, null, null, Plan.FREE, null, null, null);
    }

    public boolean hasCustomer() {
        return customerId != null && !customerId.isBlank();
    }

    /** True while a paid plan is in force, so the free-plan refresh leaves the user alone. */
    public boolean hasActivePaidPlan() {
        return plan.isPaid() && status != null && PAID_UP.contains(status);
    }

    /** Keeps a known customer; only a user without one gets linked. */
    public Subscription withCustomer(String newCustomerId) {
        return hasCustomer() || newCustomerId == null ? this
                : new Subscription(userId, newCustomerId, subscriptionId, plan, status, cycle, currentPeriodEnd);
    }

    /** The provider reports a (new or changed) paid subscription; null arguments keep what is known. */
    public Subscription subscribed(String newCustomerId, String newSubscriptionId, PlanPrice price, String newStatus,
                                   Instant periodEnd) {
        return new Subscription(userId, newCustomerId != null ? newCustomerId : customerId,
                newSubscriptionId != null ? newSubscriptionId : subscriptionId,
                price != null ? price.plan() : plan, newStatus != null ? newStatus : status,
                price != null ? price.cycle() : cycle, periodEnd != null ? periodEnd : currentPeriodEnd);
    }

    /** The subscription ended: back to free; the customer stays linked for the portal and later checkouts. */
    public Subscription ended(String finalStatus) {
        return new Subscription(userId, customerId, null, Plan.FREE, finalStatus == null ? "canceled" : finalStatus,
                null, null);
    }
}
