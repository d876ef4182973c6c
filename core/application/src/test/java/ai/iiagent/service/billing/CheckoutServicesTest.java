package ai.iiagent.service.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.iiagent.domain.billing.BillingCycle;
import ai.iiagent.domain.billing.CheckoutLink;
import ai.iiagent.domain.billing.Plan;
import ai.iiagent.domain.billing.PlanPrice;
import ai.iiagent.domain.billing.Subscription;
import ai.iiagent.domain.billing.TopUpPricing;
import ai.iiagent.domain.shared.DomainException;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.port.in.billing.OpenBillingPortalCommand;
import ai.iiagent.port.in.billing.StartCreditTopUpCommand;
import ai.iiagent.port.in.billing.StartSubscriptionCheckoutCommand;
import ai.iiagent.port.out.payments.SubscriptionCheckoutRequest;
import ai.iiagent.port.out.payments.TopUpCheckoutRequest;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CheckoutServicesTest {

    private final BillingFixture fx = new BillingFixture();
    private final UserId user = fx.newUser("buyer@example.org");

    @Test
    void givenNewUser_whenSubscriptionCheckout_thenConfiguredPriceAndEmailAreSent() {
        CheckoutLink link = fx.checkout().start(new StartSubscriptionCheckoutCommand(user, "pro", "annually", null));

        assertThat(link.sessionId()).isEqualTo("cs_sub_1");
        SubscriptionCheckoutRequest sent = fx.payments.subscriptionCheckouts.getFirst();
        assertThat(sent.priceId()).isEqualTo("price_pro_y");
        assertThat(sent.price()).isEqualTo(new PlanPrice(Plan.PRO, BillingCycle.ANNUALLY));
        assertThat(sent.customerId()).isNull();
        assertThat(sent.customerEmail()).isEqualTo("buyer@example.org");
        assertThat(sent.successUrl()).isEqualTo("https://app.example/ok");
        assertThat(sent.cancelUrl()).isEqualTo("https://app.example/no");
    }

    @Test
    void givenLinkedCustomer_whenSubscriptionCheckout_thenCustomerIsReusedAndReturnUrlMarksTheOutcome() {
        fx.subscriptions.save(Subscription.none(user).withCustomer("cus_known"));

        fx.checkout().start(new StartSubscriptionCheckoutCommand(user, "plus", "monthly", "https://ui.example/billing?tab=1"));

        SubscriptionCheckoutRequest sent = fx.payments.subscriptionCheckouts.getFirst();
        assertThat(sent.customerId()).isEqualTo("cus_known");
        assertThat(sent.successUrl()).isEqualTo("https://ui.example/billing?tab=1&checkout=success");
        assertThat(sent.cancelUrl()).isEqualTo("https://ui.example/billing?tab=1&checkout=cancelled");
    }

    @Test
    void givenBadInput_whenSubscriptionCheckout_thenRejectedWithStableCodes() {
        assertCode(() -> fx.checkout().start(new StartSubscriptionCheckoutCommand(user, "free", "monthly", null)), "invalid_plan");
        assertCode(() -> fx.checkout().start(new StartSubscriptionCheckoutCommand(user, "gold", "monthly", null)), "invalid_plan");
        assertCode(() -> fx.checkout().start(new StartSubscriptionCheckoutCommand(user, "plus", "weekly", null)),
                "invalid_billing_cycle");
        assertCode(() -> fx.checkout().start(new StartSubscriptionCheckoutCommand(user, "plus", "monthly", "javascript:alert(1)")),
                "invalid_return_url");
        assertCode(() -> fx.checkout().start(new StartSubscriptionCheckoutCommand(user, "plus", "monthly", "https://evil.example/ui.example")),
                "invalid_return_url");
        assertCode(() -> fx.checkout().start(new StartSubscriptionCheckoutCommand(user, "plus", "monthly", "https://ui.example@evil.example/")),
                "invalid_return_url");
        assertCode(() -> fx.checkout().start(new StartSubscriptionCheckoutCommand(user, "plus", "monthly", "http://ui.example/")),
                "invalid_return_url");
        assertThat(fx.payments.subscriptionCheckouts).isEmpty();
    }

    @Test
    void givenActivePaidPlan_whenSubscriptionCheckout_thenAlreadySubscribed() {
        fx.subscriptions.save(Subscription.none(user).subscribed("cus_1", "sub_1",
                new PlanPrice(Plan.PLUS, BillingCycle.MONTHLY), "active", null));

        assertCode(() -> fx.checkout().start(new StartSubscriptionCheckoutCommand(user, "pro", "monthly", null)),
                "already_subscribed");
    }

    @Test
    void givenStripeNotConfigured_whenAnyCheckoutOrPortal_thenBillingNotConfigured() {
        fx.payments.configured = false;

        assertCode(() -> fx.checkout().start(new StartSubscriptionCheckoutCommand(user, "plus", "monthly", null)),
                "billing_not_configured");
        assertCode(() -> topUps().start(new StartCreditTopUpCommand(user, 1000)), "billing_not_configured");
        assertCode(() -> portal().open(new OpenBillingPortalCommand(user, null)), "billing_not_configured");
    }

    @Test
    void givenCredits_whenTopUp_thenPricedAtTheConfiguredRateRoundedUpToACent() {
        topUps().start(new StartCreditTopUpCommand(user, 1000));
        topUps().start(new StartCreditTopUpCommand(user, 101));

        TopUpCheckoutRequest thousand = fx.payments.topUps.get(0);
        assertThat(thousand.credits()).isEqualTo(1000);
        assertThat(thousand.amountCents()).isEqualTo(1500);
        assertThat(thousand.customerEmail()).isEqualTo("buyer@example.org");
        assertThat(fx.payments.topUps.get(1).amountCents()).isEqualTo(152); // 151.5 cents, rounded up
    }

    @Test
    void givenCreditsOutsideBounds_whenTopUp_thenInvalidTopupAmount() {
        assertCode(() -> topUps().start(new StartCreditTopUpCommand(user, 99)), "invalid_topup_amount");
        assertCode(() -> topUps().start(new StartCreditTopUpCommand(user, 100_001)), "invalid_topup_amount");
        assertThat(fx.payments.topUps).isEmpty();
    }

    @Test
    void givenNoCustomer_whenPortal_thenNoBillingCustomer_andWithOne_thenPortalForIt() {
        assertCode(() -> portal().open(new OpenBillingPortalCommand(user, null)), "no_billing_customer");

        fx.subscriptions.save(Subscription.none(user).withCustomer("cus_9"));
        assertThat(portal().open(new OpenBillingPortalCommand(user, null)).url()).isEqualTo("https://portal.example/cus_9");
        assertThat(fx.payments.portalReturnUrls).containsExactly("https://app.example/back");
    }

    private StartCreditTopUpService topUps() {
        return new StartCreditTopUpService(fx.payments, fx.subscriptions, fx.getUser,
                new TopUpPricing(new BigDecimal("0.015"), 100, 100_000), BillingFixture.URLS);
    }

    private OpenBillingPortalService portal() {
        return new OpenBillingPortalService(fx.payments, fx.subscriptions, BillingFixture.URLS);
    }

    private static void assertCode(Runnable call, String code) {
        assertThatThrownBy(call::run).isInstanceOf(DomainException.class)
                .satisfies(error -> assertThat(((DomainException) error).code().value()).isEqualTo(code));
    }
}
