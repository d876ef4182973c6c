package ai.iiagent.adapter.http.billing;

import static ai.iiagent.adapter.http.billing.StripeJson.amount;
import static ai.iiagent.adapter.http.billing.StripeJson.epoch;
import static ai.iiagent.adapter.http.billing.StripeJson.idOf;
import static ai.iiagent.adapter.http.billing.StripeJson.metadata;
import static ai.iiagent.adapter.http.billing.StripeJson.requiredText;
import static ai.iiagent.adapter.http.billing.StripeJson.text;

import ai.iiagent.domain.billing.CheckoutCompleted;
import ai.iiagent.domain.billing.CheckoutMode;
import ai.iiagent.domain.billing.InvoicePaid;
import ai.iiagent.domain.billing.OtherPaymentEvent;
import ai.iiagent.domain.billing.PaymentEvent;
import ai.iiagent.domain.billing.SubscriptionChanged;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Map;

/**
 * Reads the fields we act on from a verified Stripe event's {@code data.object}, by JSON path
 * rather than stripe-java's typed model, so events of older API versions read too (e.g. an
 * invoice's subscription moved from {@code subscription} to {@code parent.subscription_details}).
 * An event of an odd shape is {@code malformed_webhook_event} (see {@link StripeJson}).
 */
final class StripeEventTranslator {

    /** The width of billing_transactions.event_type and .currency. */
    private static final int MAX_TYPE = 100;
    private static final int MAX_CURRENCY = 8;
    /** The width of users.subscription_status. */
    private static final int MAX_STATUS = 32;

    private StripeEventTranslator() {
    }

    static PaymentEvent translate(String payload) {
        JsonNode event = StripeJson.parseObject(payload);
        String eventId = requiredText(event, "id", StripeJson.MAX_TEXT);
        String type = requiredText(event, "type", MAX_TYPE);
        JsonNode object = StripeJson.requiredObject(StripeJson.requiredObject(event, "data"), "object");
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
        return new CheckoutCompleted(eventId, type, requiredText(session, "id", StripeJson.MAX_TEXT), mode, paid,
                idOf(session, "customer"), idOf(session, "subscription"), text(session, "client_reference_id"),
                metadata(session, "metadata"));
    }

    private static PaymentEvent invoice(String eventId, String type, JsonNode invoice) {
        JsonNode details = invoice.path("parent").path("subscription_details");
        JsonNode line = invoice.path("lines").path("data").path(0);
        String subscription = first(idOf(details, "subscription"), idOf(invoice, "subscription"));
        Map<String, String> metadata = details.has("metadata") ? metadata(details, "metadata")
                : metadata(invoice.path("subscription_details"), "metadata");
        String priceId = first(text(line.path("pricing").path("price_details"), "price"), idOf(line, "price"));
        Instant periodEnd = epoch(line.path("period"), "end");
        return new InvoicePaid(eventId, type, requiredText(invoice, "id", StripeJson.MAX_TEXT), idOf(invoice, "customer"),
                subscription, priceId, metadata, periodEnd == null ? epoch(invoice, "period_end") : periodEnd,
                amount(invoice, "amount_paid"), text(invoice, "currency", MAX_CURRENCY));
    }

    private static PaymentEvent subscription(String eventId, String type, JsonNode subscription) {
        JsonNode item = subscription.path("items").path("data").path(0);
        Instant periodEnd = epoch(item, "current_period_end");
        return new SubscriptionChanged(eventId, type, type.endsWith(".deleted"),
                requiredText(subscription, "id", StripeJson.MAX_TEXT), idOf(subscription, "customer"),
                text(subscription, "status", MAX_STATUS), idOf(item, "price"), metadata(subscription, "metadata"),
                periodEnd == null ? epoch(subscription, "current_period_end") : periodEnd);
    }

    private static String first(String preferred, String fallback) {
        return preferred != null ? preferred : fallback;
    }
}
