package ai.iiagent.port.out.secrets;

import ai.iiagent.domain.shared.EncryptedSecret;
import java.nio.charset.StandardCharsets;

/**
 * Seals secrets (API keys, tokens, header values) for storage and opens them again. Sealing always
 * uses the current key, whose id is recorded in the result; opening accepts the current key and any
 * previous key still configured, so keys can be rotated without losing stored secrets. Sealing the
 * same plaintext twice gives different results (fresh nonce), so sealed values are never compared.
 */
public interface SecretCipherPort {

    /** Seals {@code plaintext} under the current key. */
    EncryptedSecret encrypt(byte[] plaintext);

    /**
     * Opens a sealed value.
     *
     * @throws ai.iiagent.domain.shared.SecretUnreadableException when its key is not configured or it was altered
     */
    byte[] decrypt(EncryptedSecret secret);

    /** The id of the key {@link #encrypt} uses now; a stored value with another id is due for re-encryption. */
    String currentKeyId();

    default EncryptedSecret encryptText(String plaintext) {
        return encrypt(plaintext.getBytes(StandardCharsets.UTF_8));
    }

    default String decryptText(EncryptedSecret secret) {
        return new String(decrypt(secret), StandardCharsets.UTF_8);
    }

    /** Whether {@code secret} was sealed with an older key. */
    default boolean isStale(EncryptedSecret secret) {
        return !secret.keyId().equals(currentKeyId());
    }
}
