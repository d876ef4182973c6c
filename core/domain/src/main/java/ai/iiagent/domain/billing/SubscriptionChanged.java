package ai.iiagent.domain.billing;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/** {@code customer.subscription.updated} or, with {@code deleted}, {@code customer.subscription.deleted}. */
public record SubscriptionChanged(String eventId, String type, boolean deleted, String subscriptionId,
                                  String customerId, String status, String priceId, Map<String, String> metadata,
                                  Instant periodEnd) implements PaymentEvent {

    public SubscriptionChanged {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(type, "type");
        metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
    }
}
