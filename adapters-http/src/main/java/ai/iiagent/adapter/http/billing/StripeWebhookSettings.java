package ai.iiagent.adapter.http.billing;

/** The endpoint signing secret ({@code whsec_...}); null when webhooks are not configured. */
public record StripeWebhookSettings(String secret) {

    /** Stripe's recommended tolerance between the signed timestamp and our clock. */
    public static final long TOLERANCE_SECONDS = 300;

    public boolean configured() {
        return secret != null && !secret.isBlank();
    }

    @Override
    public String toString() {
        return "StripeWebhookSettings[" + (configured() ? "***" : "none") + "]";
    }
}
