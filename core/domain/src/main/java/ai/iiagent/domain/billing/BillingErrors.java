package ai.iiagent.domain.billing;

import ai.iiagent.domain.shared.ConflictException;
import ai.iiagent.domain.shared.ErrorCode;
import ai.iiagent.domain.shared.ServiceUnavailableException;
import ai.iiagent.domain.shared.UpstreamFailureException;
import ai.iiagent.domain.shared.ValidationException;

/** The stable billing error codes and the exceptions that carry them. */
public final class BillingErrors {

    public static final ErrorCode BILLING_NOT_CONFIGURED = ErrorCode.of("billing_not_configured");
    public static final ErrorCode PLAN_NOT_CONFIGURED = ErrorCode.of("billing_plan_not_configured");
    public static final ErrorCode NO_BILLING_CUSTOMER = ErrorCode.of("no_billing_customer");
    public static final ErrorCode PAYMENT_PROVIDER_ERROR = ErrorCode.of("payment_provider_error");
    public static final ErrorCode INVALID_WEBHOOK_SIGNATURE = ErrorCode.of("invalid_webhook_signature");
    public static final ErrorCode INVALID_PLAN = ErrorCode.of("invalid_plan");
    public static final ErrorCode INVALID_RETURN_URL = ErrorCode.of("invalid_return_url");
    public static final ErrorCode ALREADY_SUBSCRIBED = ErrorCode.of("already_subscribed");

    private BillingErrors() {
    }

    /** No payment provider key is configured (STRIPE_SECRET_KEY unset), or no webhook secret for webhooks. */
    public static ServiceUnavailableException notConfigured(String what) {
        return new ServiceUnavailableException(BILLING_NOT_CONFIGURED, what + " is not configured on this server");
    }

    public static ServiceUnavailableException planNotConfigured(PlanPrice price) {
        return new ServiceUnavailableException(PLAN_NOT_CONFIGURED,
                "no price is configured for plan " + price.plan().code() + " billed " + price.cycle().code());
    }

    public static ConflictException noCustomer() {
        return new ConflictException(NO_BILLING_CUSTOMER,
                "you have no billing account yet; subscribe or buy credits first");
    }

    /** A second paid subscription would bill twice; plan changes go through the portal. */
    public static ConflictException alreadySubscribed() {
        return new ConflictException(ALREADY_SUBSCRIBED,
                "you already have an active paid plan; change or cancel it in the billing portal");
    }

    public static UpstreamFailureException providerFailed(String why) {
        return new UpstreamFailureException(PAYMENT_PROVIDER_ERROR, "the payment provider failed: " + why);
    }

    /** Bad, missing or stale {@code Stripe-Signature}: nothing in the request is trusted or stored. */
    public static ValidationException invalidSignature(String why) {
        return new ValidationException(INVALID_WEBHOOK_SIGNATURE, "webhook signature rejected: " + why);
    }

    public static ValidationException freePlanNotPurchasable() {
        return new ValidationException(INVALID_PLAN, "the free plan needs no checkout; choose plus or pro");
    }

    public static ValidationException invalidReturnUrl(String url) {
        return new ValidationException(INVALID_RETURN_URL, "returnUrl must be an absolute http(s) URL, got: " + url);
    }
}
