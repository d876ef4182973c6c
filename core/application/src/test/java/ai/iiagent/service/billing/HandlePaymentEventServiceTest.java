package ai.iiagent.service.billing;

import static org.assertj.core.api.Assertions.assertThat;

import ai.iiagent.domain.billing.BillingCycle;
import ai.iiagent.domain.billing.CheckoutCompleted;
import ai.iiagent.domain.billing.CheckoutMode;
import ai.iiagent.domain.billing.InvoicePaid;
import ai.iiagent.domain.billing.OtherPaymentEvent;
import ai.iiagent.domain.billing.PaymentEvent;
import ai.iiagent.domain.billing.PaymentEventOutcome;
import ai.iiagent.domain.billing.Plan;
import ai.iiagent.domain.billing.Subscription;
import ai.iiagent.domain.billing.SubscriptionChanged;
import ai.iiagent.domain.credits.Credits;
import ai.iiagent.domain.credits.LedgerEntryType;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.port.in.billing.HandlePaymentEventCommand;
import ai.iiagent.port.in.credits.GrantCreditsCommand;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HandlePaymentEventServiceTest {

    private static final Instant PERIOD_END = Instant.parse("2026-12-24T10:00:00Z");

    private final BillingFixture fx = new BillingFixture();
    private final UserId user = fx.newUser("payer@example.org");

    @Test
    void givenSubscriptionCheckoutCompleted_whenHandled_thenCustomerAndSubscriptionLinkedWithoutCredits() {
        PaymentEventOutcome outcome = handle(new CheckoutCompleted("evt_1", "checkout.session.completed", "cs_1",
                CheckoutMode.SUBSCRIPTION, true, "cus_1", "sub_1", null, meta("plan_id", "plus", "billing_cycle", "monthly")));

        assertThat(outcome).isEqualTo(PaymentEventOutcome.APPLIED);
        Subscription stored = fx.subscriptions.find(user).orElseThrow();
        assertThat(stored.customerId()).isEqualTo("cus_1");
        assertThat(stored.subscriptionId()).isEqualTo("sub_1");
        assertThat(stored.plan()).isEqualTo(Plan.PLUS);
        assertThat(stored.status()).isEqualTo("active");
        assertThat(fx.credits.applied()).isEmpty();
    }

    @Test
    void givenInvoicePaid_whenDeliveredTwice_thenPlanCreditsGrantedOnce() {
        InvoicePaid invoice = invoice("evt_inv", "in_1", "price_plus_m", meta());

        assertThat(handle(invoice)).isEqualTo(PaymentEventOutcome.APPLIED);
        assertThat(handle(invoice)).isEqualTo(PaymentEventOutcome.DUPLICATE);

        assertThat(fx.credits.applied()).singleElement().satisfies(grant -> {
            assertThat(grant.amount()).isEqualTo(Credits.of(2000));
            assertThat(grant.type()).isEqualTo(LedgerEntryType.SUBSCRIPTION_GRANT);
            assertThat(grant.idempotencyKey()).isEqualTo("stripe:invoice:in_1");
        });
        Subscription stored = fx.subscriptions.find(user).orElseThrow();
        assertThat(stored.hasActivePaidPlan()).isTrue();
        assertThat(stored.currentPeriodEnd()).isEqualTo(PERIOD_END);
        assertThat(fx.transactions.recorded("evt_inv").orElseThrow().credits()).isEqualTo(Credits.of(2000));
    }

    @Test
    void givenAnnualInvoice_whenHandled_thenTwelveMonthsOfCredits() {
        handle(invoice("evt_y", "in_y", "price_pro_y", meta()));

        assertThat(fx.credits.regularOf(user)).isEqualTo(Credits.of(120_000));
    }

    @Test
    void givenPlanChangedInPortal_whenInvoiceMetadataIsStale_thenBilledPriceDecides() {
        handle(invoice("evt_up", "in_up", "price_pro_m", meta("plan_id", "plus", "billing_cycle", "monthly")));

        assertThat(fx.credits.regularOf(user)).isEqualTo(Credits.of(10_000));
        assertThat(fx.subscriptions.find(user).orElseThrow().plan()).isEqualTo(Plan.PRO);
    }

    @Test
    void givenPaidTopUp_whenCompletedAndAsyncSucceeded_thenPurchasedCreditsGrantedOnce() {
        Map<String, String> topUp = meta("kind", "credit_topup", "credits", "1500");
        handle(new CheckoutCompleted("evt_a", "checkout.session.completed", "cs_pay", CheckoutMode.PAYMENT, true,
                "cus_7", null, null, topUp));
        handle(new CheckoutCompleted("evt_b", "checkout.session.async_payment_succeeded", "cs_pay", CheckoutMode.PAYMENT,
                true, "cus_7", null, null, topUp));

        GrantCreditsCommand grant = fx.credits.applied().getFirst();
        assertThat(fx.credits.applied()).hasSize(1);
        assertThat(grant.type()).isEqualTo(LedgerEntryType.PURCHASE);
        assertThat(grant.amount()).isEqualTo(Credits.of(1500));
        assertThat(fx.subscriptions.find(user).orElseThrow().customerId()).isEqualTo("cus_7");
    }

    @Test
    void givenUnpaidTopUp_whenCompleted_thenIgnoredUntilPaid() {
        PaymentEventOutcome outcome = handle(new CheckoutCompleted("evt_u", "checkout.session.completed", "cs_u",
                CheckoutMode.PAYMENT, false, null, null, null, meta("kind", "credit_topup", "credits", "500")));

        assertThat(outcome).isEqualTo(PaymentEventOutcome.IGNORED);
        assertThat(fx.credits.applied()).isEmpty();
    }

    @Test
    void givenSubscriptionDeleted_whenHandled_thenBackToFreeAndCustomerKept() {
        handle(invoice("evt_1", "in_1", "price_plus_m", meta()));
        PaymentEventOutcome outcome = handle(new SubscriptionChanged("evt_del", "customer.subscription.deleted", true,
                "sub_1", "cus_1", "canceled", "price_plus_m", meta(), null));

        assertThat(outcome).isEqualTo(PaymentEventOutcome.APPLIED);
        Subscription stored = fx.subscriptions.find(user).orElseThrow();
        assertThat(stored.plan()).isEqualTo(Plan.FREE);
        assertThat(stored.cycle()).isNull();
        assertThat(stored.customerId()).isEqualTo("cus_1");
        assertThat(stored.hasActivePaidPlan()).isFalse();
    }

    @Test
    void givenDeletedEventOfAnOlderSubscription_whenHandled_thenCurrentPlanKept() {
        handle(invoice("evt_1", "in_1", "price_plus_m", meta()));
        PaymentEventOutcome outcome = handle(new SubscriptionChanged("evt_old", "customer.subscription.deleted", true,
                "sub_old", "cus_1", "canceled", null, Map.of(), null));

        assertThat(outcome).isEqualTo(PaymentEventOutcome.IGNORED);
        assertThat(fx.subscriptions.find(user).orElseThrow().plan()).isEqualTo(Plan.PLUS);
    }

    @Test
    void givenSubscriptionUpdatedWithoutUserMetadata_whenCustomerIsLinked_thenFoundByCustomer() {
        fx.subscriptions.save(Subscription.none(user).withCustomer("cus_1"));
        handle(new SubscriptionChanged("evt_up", "customer.subscription.updated", false, "sub_1", "cus_1", "past_due",
                "price_plus_y", Map.of(), PERIOD_END));

        Subscription stored = fx.subscriptions.find(user).orElseThrow();
        assertThat(stored.plan()).isEqualTo(Plan.PLUS);
        assertThat(stored.cycle()).isEqualTo(BillingCycle.ANNUALLY);
        assertThat(stored.status()).isEqualTo("past_due");
    }

    @Test
    void givenUnknownTypeOrUnknownUser_whenHandled_thenRecordedAsIgnored() {
        assertThat(handle(new OtherPaymentEvent("evt_x", "charge.refunded"))).isEqualTo(PaymentEventOutcome.IGNORED);
        assertThat(handle(new InvoicePaid("evt_nobody", "invoice.payment_succeeded", "in_n", "cus_nobody", "sub_n",
                "price_plus_m", Map.of(), PERIOD_END, 900, "usd"))).isEqualTo(PaymentEventOutcome.IGNORED);

        assertThat(fx.transactions.recorded("evt_x").orElseThrow().outcome()).isEqualTo(PaymentEventOutcome.IGNORED);
        assertThat(handle(new OtherPaymentEvent("evt_x", "charge.refunded"))).isEqualTo(PaymentEventOutcome.DUPLICATE);
        assertThat(fx.credits.applied()).isEmpty();
    }

    private PaymentEventOutcome handle(PaymentEvent event) {
        return fx.webhooks().handle(new HandlePaymentEventCommand(event));
    }

    private InvoicePaid invoice(String eventId, String invoiceId, String priceId, Map<String, String> extra) {
        Map<String, String> metadata = new java.util.HashMap<>(extra);
        metadata.put("user_id", user.toString());
        return new InvoicePaid(eventId, "invoice.payment_succeeded", invoiceId, "cus_1", "sub_1", priceId, metadata,
                PERIOD_END, 900, "usd");
    }

    private Map<String, String> meta(String... pairs) {
        Map<String, String> metadata = new java.util.HashMap<>();
        metadata.put("user_id", user.toString());
        for (int i = 0; i < pairs.length; i += 2) {
            metadata.put(pairs[i], pairs[i + 1]);
        }
        return metadata;
    }
}
