package ai.iiagent.domain.billing;

import java.util.Objects;

/** Any event type we do not act on; acknowledged and recorded as ignored. */
public record OtherPaymentEvent(String eventId, String type) implements PaymentEvent {

    public OtherPaymentEvent {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(type, "type");
    }
}
