package ai.iiagent.adapter.security;

import ai.iiagent.domain.shared.EncryptedSecret;
import ai.iiagent.domain.shared.SecretUnreadableException;
import ai.iiagent.port.out.secrets.SecretCipherPort;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * {@link SecretCipherPort} with AES-256-GCM: a fresh random 96-bit nonce per value, a 128-bit tag,
 * and the key id as associated data (a value cannot be passed off as sealed by another key). The
 * payload is base64(nonce || ciphertext+tag). Seals with the current key, opens with it or any
 * previous key.
 */
public final class AesGcmSecretCipher implements SecretCipherPort {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final MasterKey current;
    private final Map<String, MasterKey> byId = new LinkedHashMap<>();
    private final SecureRandom random = new SecureRandom();

    public AesGcmSecretCipher(MasterKey current, List<MasterKey> previous) {
        this.current = current;
        byId.put(current.id(), current);
        previous.forEach(key -> byId.putIfAbsent(key.id(), key));
    }

    @Override
    public EncryptedSecret encrypt(byte[] plaintext) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, current, nonce);
            byte[] sealed = cipher.doFinal(plaintext);
            byte[] payload = ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
            return new EncryptedSecret(current.id(), Base64.getEncoder().encodeToString(payload));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is unavailable in this JDK", e);
        }
    }

    @Override
    public byte[] decrypt(EncryptedSecret secret) {
        MasterKey key = byId.get(secret.keyId());
        if (key == null) {
            throw new SecretUnreadableException(secret.keyId());
        }
        try {
            byte[] payload = Base64.getDecoder().decode(secret.payload());
            if (payload.length < NONCE_BYTES + TAG_BITS / 8) {
                throw new SecretUnreadableException(secret.keyId());
            }
            byte[] nonce = java.util.Arrays.copyOf(payload, NONCE_BYTES);
            return cipher(Cipher.DECRYPT_MODE, key, nonce).doFinal(payload, NONCE_BYTES, payload.length - NONCE_BYTES);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new SecretUnreadableException(secret.keyId());
        }
    }

    @Override
    public String currentKeyId() {
        return current.id();
    }

    private static Cipher cipher(int mode, MasterKey key, byte[] nonce) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, new SecretKeySpec(key.bytes(), "AES"), new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(key.id().getBytes(StandardCharsets.US_ASCII));
        return cipher;
    }
}
