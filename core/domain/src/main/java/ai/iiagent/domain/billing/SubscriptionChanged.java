package ai.iiagent.domain.billing;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** {@code customer.subscription.updated} or, with {@code deleted}, {@code customer.subscription.deleted}. */
public record SubscriptionChanged(String eventId, String type, boolean deleted, String subscriptionId,
                                  String customerId, String status, String priceId, Map<String, String> metadata,
                                  Instant periodEnd) implements PaymentEvent {

    /** The provider's statuses after which a subscription no longer exists for billing purposes. */
    private static final Set<String> ENDED_STATUSES = Set.of("canceled", "incomplete_expired");

    public SubscriptionChanged {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(type, "type");
        metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
    }

    /** Whether the subscription is gone: deleted, or in a status that ends it. */
    public boolean ended() {
        return deleted || ENDED_STATUSES.contains(status);
    }
}
