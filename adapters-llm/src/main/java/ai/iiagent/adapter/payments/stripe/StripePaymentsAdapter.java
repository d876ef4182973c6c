package ai.iiagent.adapter.payments.stripe;

import ai.iiagent.domain.billing.BillingErrors;
import ai.iiagent.domain.billing.CheckoutLink;
import ai.iiagent.domain.billing.PaymentMetadata;
import ai.iiagent.domain.billing.PortalLink;
import ai.iiagent.port.out.payments.PaymentsPort;
import ai.iiagent.port.out.payments.SubscriptionCheckoutRequest;
import ai.iiagent.port.out.payments.TopUpCheckoutRequest;
import com.stripe.StripeClient;
import com.stripe.exception.StripeException;
import com.stripe.model.checkout.Session;
import com.stripe.param.billingportal.SessionCreateParams.Builder;
import com.stripe.param.checkout.SessionCreateParams;
import com.stripe.param.checkout.SessionCreateParams.LineItem;
import com.stripe.param.checkout.SessionCreateParams.LineItem.PriceData;
import com.stripe.param.checkout.SessionCreateParams.PaymentIntentData;
import com.stripe.param.checkout.SessionCreateParams.SubscriptionData;
import java.util.Map;
import org.jboss.logging.Logger;

/** {@link PaymentsPort} on Stripe Checkout and the Stripe billing portal, through the official Java client. */
public class StripePaymentsAdapter implements PaymentsPort {

    private static final Logger LOG = Logger.getLogger(StripePaymentsAdapter.class);

    private final StripeSettings settings;
    private final StripeClient client;

    public StripePaymentsAdapter(StripeSettings settings) {
        this.settings = settings;
        this.client = settings.configured()
                ? StripeClient.builder().setApiKey(settings.secretKey()).setApiBase(settings.apiBase())
                        .setMaxNetworkRetries(settings.maxNetworkRetries()).build()
                : null;
    }

    @Override
    public boolean configured() {
        return client != null;
    }

    @Override
    public CheckoutLink createSubscriptionCheckout(SubscriptionCheckoutRequest request) {
        Map<String, String> metadata = Map.of(PaymentMetadata.USER_ID, request.userId().toString(),
                PaymentMetadata.PLAN_ID, request.price().plan().code(),
                PaymentMetadata.BILLING_CYCLE, request.price().cycle().code());
        SessionCreateParams.Builder params = SessionCreateParams.builder()
                .setMode(SessionCreateParams.Mode.SUBSCRIPTION)
                .addLineItem(LineItem.builder().setPrice(request.priceId()).setQuantity(1L).build())
                .setClientReferenceId(request.userId().toString())
                .putAllMetadata(metadata)
                .setSubscriptionData(SubscriptionData.builder().putAllMetadata(metadata).build())
                .setSuccessUrl(request.successUrl()).setCancelUrl(request.cancelUrl());
        customer(params, request.customerId(), request.customerEmail());
        return checkout(params.build());
    }

    @Override
    public CheckoutLink createTopUpCheckout(TopUpCheckoutRequest request) {
        Map<String, String> metadata = Map.of(PaymentMetadata.USER_ID, request.userId().toString(),
                PaymentMetadata.KIND, PaymentMetadata.KIND_CREDIT_TOPUP,
                PaymentMetadata.CREDITS, Long.toString(request.credits()));
        SessionCreateParams.Builder params = SessionCreateParams.builder()
                .setMode(SessionCreateParams.Mode.PAYMENT)
                .addLineItem(LineItem.builder().setQuantity(1L).setPriceData(PriceData.builder().setCurrency("usd")
                        .setUnitAmount(request.amountCents())
                        .setProductData(PriceData.ProductData.builder()
                                .setName(request.credits() + " II-Agent credits").build())
                        .build()).build())
                .setClientReferenceId(request.userId().toString())
                .putAllMetadata(metadata)
                .setPaymentIntentData(PaymentIntentData.builder().putAllMetadata(metadata).build())
                .setSuccessUrl(request.successUrl()).setCancelUrl(request.cancelUrl());
        if (request.customerId() == null) {
            // A customer even for a one-off payment, so the buyer can open the billing portal later.
            params.setCustomerCreation(SessionCreateParams.CustomerCreation.ALWAYS);
        }
        customer(params, request.customerId(), request.customerEmail());
        return checkout(params.build());
    }

    @Override
    public PortalLink createPortalSession(String customerId, String returnUrl) {
        Builder params = com.stripe.param.billingportal.SessionCreateParams.builder()
                .setCustomer(customerId).setReturnUrl(returnUrl);
        try {
            return new PortalLink(requireClient().v1().billingPortal().sessions().create(params.build()).getUrl());
        } catch (StripeException e) {
            throw failed("billing portal session", e);
        }
    }

    private static void customer(SessionCreateParams.Builder params, String customerId, String email) {
        if (customerId != null) {
            params.setCustomer(customerId);
        } else if (email != null) {
            params.setCustomerEmail(email);
        }
    }

    private CheckoutLink checkout(SessionCreateParams params) {
        try {
            Session session = requireClient().v1().checkout().sessions().create(params);
            return new CheckoutLink(session.getId(), session.getUrl());
        } catch (StripeException e) {
            throw failed("checkout session", e);
        }
    }

    private StripeClient requireClient() {
        if (client == null) {
            throw BillingErrors.notConfigured("Stripe billing");
        }
        return client;
    }

    private RuntimeException failed(String what, StripeException e) {
        // The request id lets Stripe support find the call; the key never appears in the message.
        LOG.warnf("Stripe %s failed: %s (status %s, request %s) against %s", what, e.getMessage(), e.getStatusCode(),
                e.getRequestId(), settings.apiBase());
        return BillingErrors.providerFailed(what + " could not be created (" + e.getCode() + ")");
    }
}
