package ai.iiagent.domain.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The secret part of an API key: {@code ii_} followed by 40 random base-62 characters (238 bits).
 * Only its SHA-256 is stored; that suffices because the secret is random, not chosen by a person.
 */
public final class ApiKeySecret {

    public static final String MARKER = "ii_";
    static final int RANDOM_CHARACTERS = 40;
    static final int PREFIX_LENGTH = 8;
    private static final char[] ALPHABET =
            "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String value;

    private ApiKeySecret(String value) {
        this.value = value;
    }

    public static ApiKeySecret generate() {
        StringBuilder key = new StringBuilder(MARKER);
        for (int i = 0; i < RANDOM_CHARACTERS; i++) {
            key.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return new ApiKeySecret(key.toString());
    }

    /** A presented credential; any string is accepted, lookup by hash decides whether it is a key. */
    public static ApiKeySecret presented(String value) {
        return new ApiKeySecret(value);
    }

    public static boolean looksLikeApiKey(String credential) {
        return credential != null && credential.startsWith(MARKER);
    }

    /** Hex SHA-256: what the database stores and looks up. */
    public String hash() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK ships SHA-256", e);
        }
    }

    /** The first characters, shown in key lists so people can tell keys apart. */
    public String prefix() {
        return value.substring(0, Math.min(PREFIX_LENGTH, value.length()));
    }

    /** The full key; shown to its owner exactly once, at creation. */
    public String reveal() {
        return value;
    }

    @Override
    public String toString() {
        return "ApiKeySecret[" + prefix() + "…]";
    }
}
