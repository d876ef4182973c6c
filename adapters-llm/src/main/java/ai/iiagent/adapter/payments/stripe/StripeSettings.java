package ai.iiagent.adapter.payments.stripe;

/**
 * How to reach Stripe's API. {@code secretKey} null means "not configured" (every call refused);
 * {@code apiBase} is {@code https://api.stripe.com} except in tests.
 */
public record StripeSettings(String secretKey, String apiBase, int maxNetworkRetries) {

    public boolean configured() {
        return secretKey != null && !secretKey.isBlank();
    }

    @Override
    public String toString() {
        return "StripeSettings[" + apiBase + ", key " + (configured() ? "***" : "none") + "]";
    }
}
