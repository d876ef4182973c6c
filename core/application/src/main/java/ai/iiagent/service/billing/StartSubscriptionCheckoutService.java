package ai.iiagent.service.billing;

import ai.iiagent.domain.billing.BillingCycle;
import ai.iiagent.domain.billing.BillingErrors;
import ai.iiagent.domain.billing.CheckoutLink;
import ai.iiagent.domain.billing.Plan;
import ai.iiagent.domain.billing.PlanCatalog;
import ai.iiagent.domain.billing.PlanPrice;
import ai.iiagent.domain.billing.Subscription;
import ai.iiagent.domain.users.User;
import ai.iiagent.port.in.billing.StartSubscriptionCheckoutCommand;
import ai.iiagent.port.in.billing.StartSubscriptionCheckoutUseCase;
import ai.iiagent.port.in.users.GetUserQuery;
import ai.iiagent.port.in.users.GetUserUseCase;
import ai.iiagent.port.out.billing.SubscriptionRepository;
import ai.iiagent.port.out.payments.PaymentsPort;
import ai.iiagent.port.out.payments.SubscriptionCheckoutRequest;
import java.util.Objects;

/** Validates plan and cycle, finds the configured price and opens the provider's subscription checkout. */
public final class StartSubscriptionCheckoutService implements StartSubscriptionCheckoutUseCase {

    private final PaymentsPort payments;
    private final SubscriptionRepository subscriptions;
    private final GetUserUseCase users;
    private final PlanCatalog catalog;
    private final BillingUrls urls;

    public StartSubscriptionCheckoutService(PaymentsPort payments, SubscriptionRepository subscriptions,
                                            GetUserUseCase users, PlanCatalog catalog, BillingUrls urls) {
        this.payments = Objects.requireNonNull(payments, "payments");
        this.subscriptions = Objects.requireNonNull(subscriptions, "subscriptions");
        this.users = Objects.requireNonNull(users, "users");
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.urls = Objects.requireNonNull(urls, "urls");
    }

    @Override
    public CheckoutLink start(StartSubscriptionCheckoutCommand command) {
        if (!payments.configured()) {
            throw BillingErrors.notConfigured("Stripe billing");
        }
        Plan plan = Plan.fromCode(command.planId());
        if (!plan.isPaid()) {
            throw BillingErrors.freePlanNotPurchasable();
        }
        PlanPrice price = new PlanPrice(plan, BillingCycle.fromCode(command.billingCycle()));
        String successUrl = urls.success(command.returnUrl());
        String cancelUrl = urls.cancel(command.returnUrl());
        String priceId = catalog.priceId(price).orElseThrow(() -> BillingErrors.planNotConfigured(price));
        User user = users.getUser(new GetUserQuery(command.userId()));
        Subscription current = subscriptions.find(user.id()).orElseGet(() -> Subscription.none(user.id()));
        if (current.hasActivePaidPlan()) {
            throw BillingErrors.alreadySubscribed();
        }
        return payments.createSubscriptionCheckout(new SubscriptionCheckoutRequest(user.id(), current.customerId(),
                user.email().value(), priceId, price, successUrl, cancelUrl));
    }
}
