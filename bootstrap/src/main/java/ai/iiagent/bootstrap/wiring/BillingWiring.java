package ai.iiagent.bootstrap.wiring;

import ai.iiagent.adapter.http.billing.StripeWebhookSettings;
import ai.iiagent.adapter.payments.stripe.StripePaymentsAdapter;
import ai.iiagent.adapter.payments.stripe.StripeSettings;
import ai.iiagent.bootstrap.config.AppSettings;
import ai.iiagent.bootstrap.config.BillingPlansConfig;
import ai.iiagent.bootstrap.config.StripeConfig;
import ai.iiagent.domain.billing.BillingCycle;
import ai.iiagent.domain.billing.Plan;
import ai.iiagent.domain.billing.PlanCatalog;
import ai.iiagent.domain.billing.PlanPrice;
import ai.iiagent.domain.billing.TopUpPricing;
import ai.iiagent.domain.credits.Credits;
import ai.iiagent.port.in.billing.GetSubscriptionUseCase;
import ai.iiagent.port.in.billing.HandlePaymentEventUseCase;
import ai.iiagent.port.in.billing.OpenBillingPortalUseCase;
import ai.iiagent.port.in.billing.RefreshFreeCreditsUseCase;
import ai.iiagent.port.in.billing.StartCreditTopUpUseCase;
import ai.iiagent.port.in.billing.StartSubscriptionCheckoutUseCase;
import ai.iiagent.port.in.credits.GetCreditBalanceUseCase;
import ai.iiagent.port.in.credits.GrantCreditsUseCase;
import ai.iiagent.port.in.users.GetUserUseCase;
import ai.iiagent.port.out.billing.BillingTransactionRepository;
import ai.iiagent.port.out.billing.CreditRefreshRepository;
import ai.iiagent.port.out.billing.SubscriptionRepository;
import ai.iiagent.port.out.clock.ClockPort;
import ai.iiagent.port.out.payments.PaymentsPort;
import ai.iiagent.port.out.tx.UnitOfWork;
import ai.iiagent.service.billing.BillingUrls;
import ai.iiagent.service.billing.GetSubscriptionService;
import ai.iiagent.service.billing.HandlePaymentEventService;
import ai.iiagent.service.billing.OpenBillingPortalService;
import ai.iiagent.service.billing.RefreshFreeCreditsService;
import ai.iiagent.service.billing.StartCreditTopUpService;
import ai.iiagent.service.billing.StartSubscriptionCheckoutService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The billing feature: plan catalogue and URLs from config, the Stripe adapter, and the services. */
@ApplicationScoped
public class BillingWiring {

    @Produces
    @Singleton
    PlanCatalog planCatalog(BillingPlansConfig plans, StripeConfig stripe) {
        Map<PlanPrice, String> prices = new HashMap<>();
        price(prices, Plan.PLUS, BillingCycle.MONTHLY, stripe.pricePlusMonthly());
        price(prices, Plan.PLUS, BillingCycle.ANNUALLY, stripe.pricePlusAnnually());
        price(prices, Plan.PRO, BillingCycle.MONTHLY, stripe.priceProMonthly());
        price(prices, Plan.PRO, BillingCycle.ANNUALLY, stripe.priceProAnnually());
        return new PlanCatalog(Map.of(Plan.FREE, new Credits(plans.planCreditsFree()),
                Plan.PLUS, new Credits(plans.planCreditsPlus()), Plan.PRO, new Credits(plans.planCreditsPro())), prices);
    }

    @Produces
    @Singleton
    BillingUrls billingUrls(StripeConfig stripe, AppSettings app) {
        String home = app.publicUrl() + "/";
        return new BillingUrls(nonBlank(stripe.successUrl()).orElse(home + "?checkout=success"),
                nonBlank(stripe.cancelUrl()).orElse(home + "?checkout=cancelled"),
                nonBlank(stripe.returnUrl()).orElse(home));
    }

    @Produces
    @Singleton
    StripeWebhookSettings stripeWebhookSettings(StripeConfig stripe) {
        return new StripeWebhookSettings(nonBlank(stripe.webhookSecret()).orElse(null));
    }

    @Produces
    @ApplicationScoped
    PaymentsPort payments(StripeConfig stripe) {
        return new StripePaymentsAdapter(new StripeSettings(nonBlank(stripe.secretKey()).orElse(null),
                stripe.apiBase(), stripe.maxNetworkRetries()));
    }

    @Produces
    @ApplicationScoped
    StartSubscriptionCheckoutUseCase startSubscriptionCheckout(PaymentsPort payments, SubscriptionRepository subscriptions,
                                                               GetUserUseCase users, PlanCatalog catalog, BillingUrls urls) {
        return new StartSubscriptionCheckoutService(payments, subscriptions, users, catalog, urls);
    }

    @Produces
    @ApplicationScoped
    StartCreditTopUpUseCase startCreditTopUp(PaymentsPort payments, SubscriptionRepository subscriptions,
                                             GetUserUseCase users, StripeConfig stripe, BillingUrls urls) {
        TopUpPricing pricing = new TopUpPricing(stripe.topupUsdPerCredit(), stripe.topupMinCredits(), stripe.topupMaxCredits());
        return new StartCreditTopUpService(payments, subscriptions, users, pricing, urls);
    }

    @Produces
    @ApplicationScoped
    OpenBillingPortalUseCase openBillingPortal(PaymentsPort payments, SubscriptionRepository subscriptions, BillingUrls urls) {
        return new OpenBillingPortalService(payments, subscriptions, urls);
    }

    @Produces
    @ApplicationScoped
    GetSubscriptionUseCase getSubscription(SubscriptionRepository subscriptions, PlanCatalog catalog, PaymentsPort payments) {
        return new GetSubscriptionService(subscriptions, catalog, payments);
    }

    @Produces
    @ApplicationScoped
    HandlePaymentEventUseCase handlePaymentEvent(UnitOfWork unitOfWork, BillingTransactionRepository transactions,
                                                 SubscriptionRepository subscriptions, GrantCreditsUseCase grants,
                                                 PlanCatalog catalog, ClockPort clock) {
        return new HandlePaymentEventService(unitOfWork, transactions, subscriptions, grants, catalog, clock);
    }

    @Produces
    @ApplicationScoped
    RefreshFreeCreditsUseCase refreshFreeCredits(SubscriptionRepository subscriptions, CreditRefreshRepository refreshes,
                                                 GetCreditBalanceUseCase balances, GrantCreditsUseCase grants,
                                                 UnitOfWork unitOfWork, PlanCatalog catalog, ClockPort clock) {
        return new RefreshFreeCreditsService(subscriptions, refreshes, balances, grants, unitOfWork, catalog, clock);
    }

    private static void price(Map<PlanPrice, String> prices, Plan plan, BillingCycle cycle, Optional<String> id) {
        nonBlank(id).ifPresent(value -> prices.put(new PlanPrice(plan, cycle), value));
    }

    private static Optional<String> nonBlank(Optional<String> value) {
        return value.map(String::trim).filter(text -> !text.isEmpty());
    }
}
