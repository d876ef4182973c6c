package ai.iiagent.domain.shared;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A secret as the cipher sealed it: the id of the key it was sealed with and an opaque payload
 * (nonce and ciphertext, base64). Never holds plaintext. Shared because every feature that keeps
 * credentials (settings, projects, integrations) stores them this way.
 */
public record EncryptedSecret(String keyId, String payload) {

    private static final String VERSION = "v1";
    private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    public EncryptedSecret {
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(payload, "payload");
        if (!KEY_ID.matcher(keyId).matches() || payload.isBlank()) {
            throw new IllegalArgumentException("not a sealed secret");
        }
    }

    /** The stored form, {@code v1:<keyId>:<payload>}. */
    public String toText() {
        return VERSION + ":" + keyId + ":" + payload;
    }

    public static EncryptedSecret parse(String text) {
        String[] parts = Objects.requireNonNull(text, "text").split(":", 3);
        if (parts.length != 3 || !parts[0].equals(VERSION)) {
            throw new IllegalArgumentException("not a sealed secret");
        }
        return new EncryptedSecret(parts[1], parts[2]);
    }

    public static boolean looksSealed(String text) {
        return text != null && text.startsWith(VERSION + ":") && text.split(":", 3).length == 3;
    }

    @Override
    public String toString() {
        return "EncryptedSecret[" + keyId + "]";
    }
}
