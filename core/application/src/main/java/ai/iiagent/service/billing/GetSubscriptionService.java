package ai.iiagent.service.billing;

import ai.iiagent.domain.billing.PlanCatalog;
import ai.iiagent.domain.billing.Subscription;
import ai.iiagent.domain.users.UserNotFoundException;
import ai.iiagent.port.in.billing.GetSubscriptionQuery;
import ai.iiagent.port.in.billing.GetSubscriptionUseCase;
import ai.iiagent.port.in.billing.SubscriptionView;
import ai.iiagent.port.out.billing.SubscriptionRepository;
import ai.iiagent.port.out.payments.PaymentsPort;
import java.util.Objects;

/** Reads the stored subscription (no call to the payment provider) and says whether payments are configured. */
public final class GetSubscriptionService implements GetSubscriptionUseCase {

    private final SubscriptionRepository subscriptions;
    private final PlanCatalog catalog;
    private final PaymentsPort payments;

    public GetSubscriptionService(SubscriptionRepository subscriptions, PlanCatalog catalog, PaymentsPort payments) {
        this.subscriptions = Objects.requireNonNull(subscriptions, "subscriptions");
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.payments = Objects.requireNonNull(payments, "payments");
    }

    @Override
    public SubscriptionView get(GetSubscriptionQuery query) {
        Subscription subscription = subscriptions.find(query.userId())
                .orElseThrow(() -> new UserNotFoundException(query.userId()));
        return new SubscriptionView(subscription, catalog.monthlyCredits(subscription.plan()), payments.configured());
    }
}
