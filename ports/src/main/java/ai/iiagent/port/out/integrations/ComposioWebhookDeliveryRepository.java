package ai.iiagent.port.out.integrations;

import java.time.Instant;

/** The Composio webhook deliveries already applied, by their signed {@code webhook-id}. */
public interface ComposioWebhookDeliveryRepository {

    /** Records the delivery; @return false when it was recorded before (a replay or a retry) */
    boolean recordFirst(String webhookId, String eventType, Instant receivedAt);
}
