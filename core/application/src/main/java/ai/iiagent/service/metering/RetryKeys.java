package ai.iiagent.service.metering;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The idempotency key of the n-th hold of one call: the key itself first, then derived keys that fit 160 characters. */
final class RetryKeys {

    private static final int LONGEST = 160;

    private RetryKeys() {
    }

    static String of(String key, int retry) {
        if (retry == 0) {
            return key;
        }
        String derived = key + ":retry-" + retry;
        return derived.length() <= LONGEST ? derived : "retry:" + sha256(key) + ":" + retry;
    }

    private static String sha256(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
