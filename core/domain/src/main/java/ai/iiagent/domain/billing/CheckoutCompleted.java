package ai.iiagent.domain.billing;

import java.util.Map;
import java.util.Objects;

/**
 * A checkout finished ({@code checkout.session.completed}, or {@code ...async_payment_succeeded}
 * for delayed payment methods). {@code paid} is false while a delayed payment is still pending.
 */
public record CheckoutCompleted(String eventId, String type, String sessionId, CheckoutMode mode, boolean paid,
                                String customerId, String subscriptionId, String clientReferenceId,
                                Map<String, String> metadata) implements PaymentEvent {

    public CheckoutCompleted {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(mode, "mode");
        metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
    }
}
