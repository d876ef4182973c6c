package ai.iiagent.adapter.http.integrations;

import ai.iiagent.domain.integrations.ComposioErrors;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Verifies a Composio delivery (the Standard Webhooks scheme Composio documents): {@code webhook-signature:
 * v1,<base64 HMAC-SHA256 of "<webhook-id>.<webhook-timestamp>.<raw body>">} (several space-separated during
 * a secret rotation), keyed with the secret's UTF-8 bytes, and a timestamp within the tolerance of our clock
 * either way. Every malformed header is {@code invalid_webhook_signature}; nothing here throws anything else.
 */
final class ComposioWebhookSignature {

    private static final int MAX_TIMESTAMP_DIGITS = 12;

    private ComposioWebhookSignature() {
    }

    static void verify(String webhookId, String timestamp, String signatures, String body, String secret,
                       long toleranceSeconds, Instant now) {
        if (webhookId == null || webhookId.isBlank() || signatures == null || signatures.isBlank() || body == null) {
            throw ComposioErrors.invalidWebhookSignature("webhook-id, webhook-timestamp and webhook-signature are required");
        }
        long seconds = parseTimestamp(timestamp);
        if (seconds < 0) {
            throw ComposioErrors.invalidWebhookSignature("webhook-timestamp is not a Unix time in seconds");
        }
        byte[] expected = hmac(secret, webhookId + "." + seconds + "." + body);
        boolean matched = false;
        for (String candidate : signatures.trim().split("\\s+")) {
            matched |= candidate.startsWith("v1,") && matches(expected, candidate.substring(3));
        }
        if (!matched) {
            throw ComposioErrors.invalidWebhookSignature("no v1 signature matches the delivery");
        }
        if (Math.abs(now.getEpochSecond() - seconds) > toleranceSeconds) {
            throw ComposioErrors.invalidWebhookSignature("timestamp outside the tolerance of " + toleranceSeconds + " s");
        }
    }

    private static long parseTimestamp(String value) {
        if (value == null || value.isEmpty() || value.length() > MAX_TIMESTAMP_DIGITS
                || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return -1;
        }
        return Long.parseLong(value);
    }

    private static boolean matches(byte[] expected, String candidateBase64) {
        try {
            return MessageDigest.isEqual(expected, Base64.getDecoder().decode(candidateBase64));
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
    }

    private static byte[] hmac(String secret, String signed) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(signed.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException unavailable) {
            throw new IllegalStateException("HmacSHA256 is not available", unavailable);
        }
    }
}
