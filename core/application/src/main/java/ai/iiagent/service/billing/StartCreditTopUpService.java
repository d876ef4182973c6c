package ai.iiagent.service.billing;

import ai.iiagent.domain.billing.BillingErrors;
import ai.iiagent.domain.billing.CheckoutLink;
import ai.iiagent.domain.billing.Subscription;
import ai.iiagent.domain.billing.TopUpPricing;
import ai.iiagent.domain.users.User;
import ai.iiagent.port.in.billing.StartCreditTopUpCommand;
import ai.iiagent.port.in.billing.StartCreditTopUpUseCase;
import ai.iiagent.port.in.users.GetUserQuery;
import ai.iiagent.port.in.users.GetUserUseCase;
import ai.iiagent.port.out.billing.SubscriptionRepository;
import ai.iiagent.port.out.payments.PaymentsPort;
import ai.iiagent.port.out.payments.TopUpCheckoutRequest;
import java.util.Objects;

/** Prices a credit top-up and opens a one-off payment checkout for it. */
public final class StartCreditTopUpService implements StartCreditTopUpUseCase {

    private final PaymentsPort payments;
    private final SubscriptionRepository subscriptions;
    private final GetUserUseCase users;
    private final TopUpPricing pricing;
    private final BillingUrls urls;

    public StartCreditTopUpService(PaymentsPort payments, SubscriptionRepository subscriptions, GetUserUseCase users,
                                   TopUpPricing pricing, BillingUrls urls) {
        this.payments = Objects.requireNonNull(payments, "payments");
        this.subscriptions = Objects.requireNonNull(subscriptions, "subscriptions");
        this.users = Objects.requireNonNull(users, "users");
        this.pricing = Objects.requireNonNull(pricing, "pricing");
        this.urls = Objects.requireNonNull(urls, "urls");
    }

    @Override
    public CheckoutLink start(StartCreditTopUpCommand command) {
        if (!payments.configured()) {
            throw BillingErrors.notConfigured("Stripe billing");
        }
        long cents = pricing.priceInCents(command.credits());
        User user = users.getUser(new GetUserQuery(command.userId()));
        Subscription current = subscriptions.find(user.id()).orElseGet(() -> Subscription.none(user.id()));
        return payments.createTopUpCheckout(new TopUpCheckoutRequest(user.id(), current.customerId(),
                user.email().value(), command.credits(), cents, urls.success(null), urls.cancel(null)));
    }
}
