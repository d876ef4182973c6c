package ai.iiagent.service.integrations;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/** Random state and PKCE values (RFC 7636: 32 random bytes, base64url; S256 challenge) and the state's stored hash. */
final class OAuthValues {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

    private OAuthValues() {
    }

    static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return URL.encodeToString(bytes);
    }

    static String challenge(String verifier) {
        return URL.encodeToString(sha256(verifier));
    }

    /** Only the hash of a state is stored, so a read of the table cannot complete anyone's authorisation. */
    static String hash(String state) {
        return URL.encodeToString(sha256(state));
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
