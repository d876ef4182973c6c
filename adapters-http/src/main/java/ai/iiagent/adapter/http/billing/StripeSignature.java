package ai.iiagent.adapter.http.billing;

import ai.iiagent.domain.billing.BillingErrors;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Verifies {@code Stripe-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.payload">[,v1=...]}.
 * Written here rather than delegated to stripe-java because its parser throws unchecked errors on a
 * malformed {@code t} (a 500) and only refuses timestamps in the past; here every malformed header and
 * any timestamp more than the tolerance away from our clock, in either direction, is
 * {@code invalid_webhook_signature}.
 */
final class StripeSignature {

    private static final int MAX_TIMESTAMP_DIGITS = 12;

    private StripeSignature() {
    }

    static void verify(String payload, String header, String secret, long toleranceSeconds, Instant now) {
        long timestamp = -1;
        List<String> signatures = new ArrayList<>();
        for (String item : header.split(",")) {
            int eq = item.indexOf('=');
            String key = eq < 0 ? item.trim() : item.substring(0, eq).trim();
            String value = eq < 0 ? "" : item.substring(eq + 1).trim();
            if (key.equals("t")) {
                timestamp = parseTimestamp(value);
            } else if (key.equals("v1") && !value.isEmpty()) {
                signatures.add(value);
            }
        }
        if (timestamp < 0) {
            throw BillingErrors.invalidSignature("no valid timestamp in the header");
        }
        if (signatures.isEmpty()) {
            throw BillingErrors.invalidSignature("no v1 signature in the header");
        }
        byte[] expected = hmac(secret, timestamp + "." + payload);
        if (signatures.stream().noneMatch(candidate -> matches(expected, candidate))) {
            throw BillingErrors.invalidSignature("no signature matches the payload");
        }
        if (Math.abs(now.getEpochSecond() - timestamp) > toleranceSeconds) {
            throw BillingErrors.invalidSignature("timestamp outside the tolerance of " + toleranceSeconds + " s");
        }
    }

    /** Non-negative decimal seconds of sane length, or -1: nothing here may overflow or throw. */
    private static long parseTimestamp(String value) {
        if (value.isEmpty() || value.length() > MAX_TIMESTAMP_DIGITS || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return -1;
        }
        return Long.parseLong(value);
    }

    private static boolean matches(byte[] expected, String candidateHex) {
        if (candidateHex.length() != expected.length * 2) {
            return false;
        }
        try {
            return MessageDigest.isEqual(expected, HexFormat.of().parseHex(candidateHex));
        } catch (IllegalArgumentException notHex) {
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
