package ai.iiagent.domain.billing;

import java.util.Objects;

/** A paid plan in one billing cycle: what one payment-provider price id stands for. */
public record PlanPrice(Plan plan, BillingCycle cycle) {

    public PlanPrice {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(cycle, "cycle");
        if (!plan.isPaid()) {
            throw new IllegalArgumentException("the free plan has no price");
        }
    }
}
