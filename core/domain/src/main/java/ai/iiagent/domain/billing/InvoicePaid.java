package ai.iiagent.domain.billing;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * A subscription invoice was paid ({@code invoice.payment_succeeded}): one paid period.
 * {@code metadata} is the subscription's (where checkout put user, plan and cycle); {@code priceId}
 * is the first line's price, used when the metadata names no plan.
 */
public record InvoicePaid(String eventId, String type, String invoiceId, String customerId, String subscriptionId,
                          String priceId, Map<String, String> metadata, Instant periodEnd, long amountPaidCents,
                          String currency) implements PaymentEvent {

    public InvoicePaid {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(invoiceId, "invoiceId");
        metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
    }
}
