package ai.iiagent.adapter.http.billing;

import ai.iiagent.domain.billing.CheckoutCompleted;
import ai.iiagent.domain.billing.CheckoutMode;
import ai.iiagent.domain.billing.InvoicePaid;
import ai.iiagent.domain.billing.OtherPaymentEvent;
import ai.iiagent.domain.billing.PaymentEvent;
import ai.iiagent.domain.billing.SubscriptionChanged;
import ai.iiagent.domain.shared.ErrorCode;
import ai.iiagent.domain.shared.ValidationException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads the fields we act on from a verified Stripe event's {@code data.object}, by JSON path
 * rather than stripe-java's typed model, so events of older API versions read too (e.g. an
 * invoice's subscription moved from {@code subscription} to {@code parent.subscription_details}).
 */
final class StripeEventTranslator {

    private static final ObjectMapper JSON = new ObjectMapper();

    private StripeEventTranslator() {
    }

    static PaymentEvent translate(String eventId, String type, String payload) {
        JsonNode object;
        try {
            object = JSON.readTree(payload).path("data").path("object");
        } catch (JsonProcessingException malformed) {
            throw new ValidationException(ErrorCode.of("malformed_webhook_event"), "the event is not JSON");
        }
        return switch (type) {
            case "checkout.session.completed", "checkout.session.async_payment_succeeded" -> checkout(eventId, type, object);
            case "invoice.payment_succeeded" -> invoice(eventId, type, object);
            case "customer.subscription.created", "customer.subscription.updated", "customer.subscription.deleted" ->
                    subscription(eventId, type, object);
            default -> new OtherPaymentEvent(eventId, type);
        };
    }

    private static PaymentEvent checkout(String eventId, String type, JsonNode session) {
        CheckoutMode mode = switch (text(session, "mode")) {
            case "subscription" -> CheckoutMode.SUBSCRIPTION;
            case "payment" -> CheckoutMode.PAYMENT;
            case null, default -> CheckoutMode.OTHER;
        };
        String paymentStatus = text(session, "payment_status");
        boolean paid = "paid".equals(paymentStatus) || "no_payment_required".equals(paymentStatus);
        return new CheckoutCompleted(eventId, type, text(session, "id"), mode, paid, idOf(session.path("customer")),
                idOf(session.path("subscription")), text(session, "client_reference_id"), metadata(session.path("metadata")));
    }

    private static PaymentEvent invoice(String eventId, String type, JsonNode invoice) {
        JsonNode details = invoice.path("parent").path("subscription_details");
        JsonNode line = invoice.path("lines").path("data").path(0);
        String subscription = first(idOf(details.path("subscription")), idOf(invoice.path("subscription")));
        Map<String, String> metadata = details.has("metadata") ? metadata(details.path("metadata"))
                : metadata(invoice.path("subscription_details").path("metadata"));
        String priceId = first(text(line.path("pricing").path("price_details"), "price"), idOf(line.path("price")));
        Instant periodEnd = epoch(line.path("period").path("end"));
        return new InvoicePaid(eventId, type, text(invoice, "id"), idOf(invoice.path("customer")), subscription, priceId,
                metadata, periodEnd == null ? epoch(invoice.path("period_end")) : periodEnd,
                invoice.path("amount_paid").asLong(0), text(invoice, "currency"));
    }

    private static PaymentEvent subscription(String eventId, String type, JsonNode subscription) {
        JsonNode item = subscription.path("items").path("data").path(0);
        Instant periodEnd = epoch(item.path("current_period_end"));
        return new SubscriptionChanged(eventId, type, type.endsWith(".deleted"), text(subscription, "id"),
                idOf(subscription.path("customer")), text(subscription, "status"), idOf(item.path("price")),
                metadata(subscription.path("metadata")),
                periodEnd == null ? epoch(subscription.path("current_period_end")) : periodEnd);
    }

    /** An id field may be a plain id or, when expanded, the object itself. */
    private static String idOf(JsonNode field) {
        if (field.isTextual()) {
            return field.asText();
        }
        return field.isObject() ? text(field, "id") : null;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() ? value.asText() : null;
    }

    private static Instant epoch(JsonNode seconds) {
        return seconds.isNumber() ? Instant.ofEpochSecond(seconds.asLong()) : null;
    }

    private static Map<String, String> metadata(JsonNode node) {
        Map<String, String> metadata = new HashMap<>();
        node.properties().forEach(entry -> {
            if (entry.getValue().isTextual()) {
                metadata.put(entry.getKey(), entry.getValue().asText());
            }
        });
        return metadata;
    }

    private static String first(String preferred, String fallback) {
        return preferred != null ? preferred : fallback;
    }
}
