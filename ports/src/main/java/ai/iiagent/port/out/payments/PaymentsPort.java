package ai.iiagent.port.out.payments;

import ai.iiagent.domain.billing.CheckoutLink;
import ai.iiagent.domain.billing.PortalLink;

/**
 * The payment provider's API (Stripe). Checkouts carry metadata {@code user_id}, and for
 * subscriptions {@code plan_id}/{@code billing_cycle} on the session and the subscription, for top-ups
 * {@code kind=credit_topup}/{@code credits} (see {@code PaymentMetadata}), so webhooks can be matched.
 * Every call may throw {@code UpstreamFailureException} ({@code payment_provider_error}).
 */
public interface PaymentsPort {

    /** False when no API key is configured; the other methods must not be called then. */
    boolean configured();

    CheckoutLink createSubscriptionCheckout(SubscriptionCheckoutRequest request);

    CheckoutLink createTopUpCheckout(TopUpCheckoutRequest request);

    PortalLink createPortalSession(String customerId, String returnUrl);
}
