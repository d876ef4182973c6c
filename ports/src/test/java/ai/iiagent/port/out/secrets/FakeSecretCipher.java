package ai.iiagent.port.out.secrets;

import ai.iiagent.domain.shared.EncryptedSecret;
import ai.iiagent.domain.shared.SecretUnreadableException;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;

/** A reversible stand-in (reversed bytes, base64) that records key ids, so rotation can be simulated with {@link #rotateTo}. */
public class FakeSecretCipher implements SecretCipherPort {

    private String current = "key1";
    private final Set<String> known = new HashSet<>(Set.of(current));

    @Override
    public EncryptedSecret encrypt(byte[] plaintext) {
        return new EncryptedSecret(current, Base64.getEncoder().encodeToString(reversed(plaintext)));
    }

    @Override
    public byte[] decrypt(EncryptedSecret secret) {
        if (!known.contains(secret.keyId())) {
            throw new SecretUnreadableException(secret.keyId());
        }
        return reversed(Base64.getDecoder().decode(secret.payload()));
    }

    @Override
    public String currentKeyId() {
        return current;
    }

    /** A new current key; the old one stays readable (as a previous key). */
    public void rotateTo(String keyId) {
        current = keyId;
        known.add(keyId);
    }

    /** Drops a key, as an operator removing it from APP_MASTER_KEY_PREVIOUS would: what it sealed becomes unreadable. */
    public void forget(String keyId) {
        known.remove(keyId);
    }

    private static byte[] reversed(byte[] bytes) {
        byte[] out = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            out[i] = bytes[bytes.length - 1 - i];
        }
        return out;
    }
}
