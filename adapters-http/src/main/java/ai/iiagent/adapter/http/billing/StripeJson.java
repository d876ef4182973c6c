package ai.iiagent.adapter.http.billing;

import ai.iiagent.domain.shared.ErrorCode;
import ai.iiagent.domain.shared.ValidationException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Strict reads of a verified Stripe event: a field we act on is absent/null or of the type Stripe
 * documents; anything else (a number where an id belongs, a string where an object belongs, NUL in any
 * text, a value longer than its column) is {@code malformed_webhook_event}, a 400 — never a 500.
 */
final class StripeJson {

    static final ErrorCode MALFORMED = ErrorCode.of("malformed_webhook_event");
    /** The width of the id columns of billing_transactions and subscriptions. */
    static final int MAX_TEXT = 255;
    /** Stripe's own limit on a metadata value. */
    private static final int MAX_METADATA_VALUE = 500;
    /** 9999-12-31T23:59:59Z: later instants do not fit a PostgreSQL timestamp column. */
    private static final long MAX_EPOCH_SECOND = 253_402_300_799L;
    private static final ObjectMapper JSON = new ObjectMapper();

    private StripeJson() {
    }

    /** The payload as a JSON object with no NUL in any key or text. */
    static JsonNode parseObject(String payload) {
        JsonNode root;
        try {
            root = JSON.readTree(payload);
        } catch (JsonProcessingException malformed) {
            throw malformed("the event is not JSON");
        }
        if (root == null || !root.isObject()) {
            throw malformed("the event is not a JSON object");
        }
        rejectNul(root);
        return root;
    }

    static String requiredText(JsonNode node, String field, int maxLength) {
        String value = text(node, field, maxLength);
        if (value == null || value.isBlank()) {
            throw malformed("the event has no " + field);
        }
        return value;
    }

    static JsonNode requiredObject(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (!value.isObject()) {
            throw malformed("the event has no " + field + " object");
        }
        return value;
    }

    static String text(JsonNode node, String field) {
        return text(node, field, MAX_TEXT);
    }

    static String text(JsonNode node, String field, int maxLength) {
        JsonNode value = node.path(field);
        if (absent(value)) {
            return null;
        }
        if (!value.isTextual() || value.asText().length() > maxLength) {
            throw malformed(field + " is not text of at most " + maxLength + " characters");
        }
        return value.asText();
    }

    /** An id field may be a plain id or, when expanded, the object itself. */
    static String idOf(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isObject() ? text(value, "id") : text(node, field);
    }

    static Instant epoch(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (absent(value)) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong() || value.asLong() < 0
                || value.asLong() > MAX_EPOCH_SECOND) {
            throw malformed(field + " is not a unix timestamp");
        }
        return Instant.ofEpochSecond(value.asLong());
    }

    static long amount(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (absent(value)) {
            return 0;
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw malformed(field + " is not an amount in minor units");
        }
        return value.asLong();
    }

    static Map<String, String> metadata(JsonNode node, String field) {
        JsonNode value = node.path(field);
        Map<String, String> metadata = new HashMap<>();
        if (absent(value)) {
            return metadata;
        }
        if (!value.isObject()) {
            throw malformed(field + " is not an object");
        }
        value.properties().forEach(entry -> {
            String text = text(value, entry.getKey(), MAX_METADATA_VALUE);
            if (text != null) {
                metadata.put(entry.getKey(), text);
            }
        });
        return metadata;
    }

    static ValidationException malformed(String why) {
        return new ValidationException(MALFORMED, "malformed Stripe event: " + why);
    }

    private static boolean absent(JsonNode value) {
        return value.isMissingNode() || value.isNull();
    }

    // PostgreSQL text cannot hold NUL: refuse it here instead of failing in the database.
    private static void rejectNul(JsonNode node) {
        if (node.isTextual() && node.asText().indexOf('\0') >= 0) {
            throw malformed("text contains a NUL character");
        }
        node.properties().forEach(entry -> {
            if (entry.getKey().indexOf('\0') >= 0) {
                throw malformed("a key contains a NUL character");
            }
            rejectNul(entry.getValue());
        });
        if (node.isArray()) {
            node.forEach(StripeJson::rejectNul);
        }
    }
}
