package ai.iiagent.e2e.billing;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Stripe event payloads as Stripe sends them, signed the way Stripe signs them. */
final class StripeEvents {

    private StripeEvents() {
    }

    /** {@code t=<ts>,v1=<hex HMAC-SHA256 of "<ts>.<payload>">}, Stripe's signature scheme. */
    static String signature(String payload, String secret, long timestamp) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal((timestamp + "." + payload).getBytes(StandardCharsets.UTF_8));
            return "t=" + timestamp + ",v1=" + HexFormat.of().formatHex(digest);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Signed now with {@code secret}. */
    static Response deliverSigned(String payload, String secret) {
        return deliver(payload, signature(payload, secret, Instant.now().getEpochSecond()));
    }

    static Response deliver(String payload, String signatureHeader) {
        return given().contentType(ContentType.JSON).header("Stripe-Signature", signatureHeader).body(payload)
                .when().post("/billing/webhook");
    }

    static String newEventId() {
        return "evt_test_" + UUID.randomUUID().toString().replace("-", "");
    }

    static String event(String id, String type, String object) {
        return """
                {"id":"%s","object":"event","api_version":"2026-07-29.dahlia","created":%d,"livemode":false,
                 "pending_webhooks":1,"request":{"id":null,"idempotency_key":null},"type":"%s",
                 "data":{"object":%s}}""".formatted(id, Instant.now().getEpochSecond(), type, object);
    }

    static String invoicePaid(String eventId, String invoiceId, String userId, String customer, String subscription,
                              String price) {
        long start = Instant.now().getEpochSecond();
        long end = start + 30L * 24 * 3600;
        return event(eventId, "invoice.payment_succeeded", """
                {"id":"%1$s","object":"invoice","amount_due":900,"amount_paid":900,"amount_remaining":0,
                 "billing_reason":"subscription_create","collection_method":"charge_automatically","currency":"usd",
                 "customer":"%2$s","livemode":false,"period_end":%6$d,"period_start":%5$d,"status":"paid",
                 "parent":{"type":"subscription_details","quote_details":null,
                   "subscription_details":{"metadata":{"user_id":"%3$s","plan_id":"plus","billing_cycle":"monthly"},
                                           "subscription":"%4$s"}},
                 "lines":{"object":"list","has_more":false,"url":"/v1/invoices/%1$s/lines","data":[
                   {"id":"il_1Test","object":"line_item","amount":900,"currency":"usd","invoice":"%1$s",
                    "period":{"end":%6$d,"start":%5$d},"quantity":1,
                    "pricing":{"type":"price_details","price_details":{"price":"%7$s","product":"prod_Test"},
                               "unit_amount_decimal":"900"}}]}}""".formatted(invoiceId, customer, userId,
                subscription, start, end, price));
    }

    static String checkoutCompleted(String eventId, String sessionId, String mode, String customer,
                                    String subscription, Map<String, String> metadata) {
        StringBuilder meta = new StringBuilder();
        metadata.forEach((key, value) -> meta.append(meta.isEmpty() ? "" : ",").append('"').append(key)
                .append("\":\"").append(value).append('"'));
        return event(eventId, "checkout.session.completed", """
                {"id":"%s","object":"checkout.session","mode":"%s","status":"complete","payment_status":"paid",
                 "customer":"%s","subscription":%s,"client_reference_id":null,"currency":"usd","amount_total":900,
                 "livemode":false,"metadata":{%s}}""".formatted(sessionId, mode, customer,
                subscription == null ? "null" : '"' + subscription + '"', meta));
    }

    static String subscriptionDeleted(String eventId, String subscription, String customer, String userId) {
        return event(eventId, "customer.subscription.deleted", """
                {"id":"%s","object":"subscription","customer":"%s","status":"canceled","cancel_at_period_end":false,
                 "canceled_at":%d,"livemode":false,"metadata":{"user_id":"%s","plan_id":"plus","billing_cycle":"monthly"},
                 "items":{"object":"list","has_more":false,"data":[{"id":"si_Test","object":"subscription_item",
                   "current_period_end":%d,"current_period_start":%d,
                   "price":{"id":"%s","object":"price","currency":"usd","unit_amount":900,
                            "recurring":{"interval":"month","interval_count":1}}}]}}""".formatted(subscription,
                customer, Instant.now().getEpochSecond(), userId, Instant.now().getEpochSecond(),
                Instant.now().getEpochSecond() - 3600, StripeStandIn.PRICE_PLUS_MONTHLY));
    }
}
