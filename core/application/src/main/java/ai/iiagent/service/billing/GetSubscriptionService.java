package ai.iiagent.service.billing;

import ai.iiagent.domain.billing.PlanCatalog;
import ai.iiagent.domain.billing.Subscription;
import ai.iiagent.domain.users.UserNotFoundException;
import ai.iiagent.port.in.billing.GetSubscriptionQuery;
import ai.iiagent.port.in.billing.GetSubscriptionUseCase;
import ai.iiagent.port.in.billing.SubscriptionView;
import ai.iiagent.port.out.billing.SubscriptionRepository;
import java.util.Objects;

/** Reads the stored subscription; needs no payment provider. */
public final class GetSubscriptionService implements GetSubscriptionUseCase {

    private final SubscriptionRepository subscriptions;
    private final PlanCatalog catalog;

    public GetSubscriptionService(SubscriptionRepository subscriptions, PlanCatalog catalog) {
        this.subscriptions = Objects.requireNonNull(subscriptions, "subscriptions");
        this.catalog = Objects.requireNonNull(catalog, "catalog");
    }

    @Override
    public SubscriptionView get(GetSubscriptionQuery query) {
        Subscription subscription = subscriptions.find(query.userId())
                .orElseThrow(() -> new UserNotFoundException(query.userId()));
        return new SubscriptionView(subscription, catalog.monthlyCredits(subscription.plan()));
    }
}
