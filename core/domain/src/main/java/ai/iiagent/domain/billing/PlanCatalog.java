package ai.iiagent.domain.billing;

import ai.iiagent.domain.credits.Credits;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The plans on offer: monthly credits per plan and the provider price id of each paid plan and
 * cycle (either direction: checkout needs the id, webhooks name a price and need the plan).
 */
public final class PlanCatalog {

    private final Map<Plan, Credits> monthlyCredits;
    private final Map<PlanPrice, String> priceIds;

    public PlanCatalog(Map<Plan, Credits> monthlyCredits, Map<PlanPrice, String> priceIds) {
        this.monthlyCredits = new EnumMap<>(Objects.requireNonNull(monthlyCredits, "monthlyCredits"));
        for (Plan plan : Plan.values()) {
            Credits credits = this.monthlyCredits.get(plan);
            if (credits == null || credits.isNegative()) {
                throw new IllegalArgumentException("plan " + plan.code() + " needs a non-negative credit allowance");
            }
        }
        this.priceIds = Map.copyOf(Objects.requireNonNull(priceIds, "priceIds"));
    }

    /** Credits one month of {@code plan} is worth. */
    public Credits monthlyCredits(Plan plan) {
        return monthlyCredits.get(plan);
    }

    /** Credits one paid period grants: the monthly allowance times the months the cycle covers. */
    public Credits creditsForPeriod(PlanPrice price) {
        return new Credits(monthlyCredits(price.plan()).value().multiply(java.math.BigDecimal.valueOf(price.cycle().months())));
    }

    public Optional<String> priceId(PlanPrice price) {
        return Optional.ofNullable(priceIds.get(price)).filter(id -> !id.isBlank());
    }

    public Optional<PlanPrice> byPriceId(String priceId) {
        if (priceId == null) {
            return Optional.empty();
        }
        return priceIds.entrySet().stream().filter(entry -> entry.getValue().equals(priceId))
                .map(Map.Entry::getKey).findFirst();
    }
}
