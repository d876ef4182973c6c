package ai.iiagent.adapter.http.integrations;

/** Composio's webhook signing secret; null when webhooks are not configured. */
public record ComposioWebhookSettings(String secret) {

    /** How far a delivery's signed timestamp may be from our clock (Composio's SDK default). */
    public static final long TOLERANCE_SECONDS = 300;

    public boolean configured() {
        return secret != null && !secret.isBlank();
    }

    @Override
    public String toString() {
        return "ComposioWebhookSettings[" + (configured() ? "***" : "none") + "]";
    }
}
