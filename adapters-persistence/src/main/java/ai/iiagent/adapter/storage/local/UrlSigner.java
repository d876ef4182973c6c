package ai.iiagent.adapter.storage.local;

import ai.iiagent.domain.files.ObjectKey;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** HMAC-SHA256 over {@code method \n key \n expiry}, base64url without padding; compared in constant time. */
final class UrlSigner {

    private final SecretKeySpec key;

    UrlSigner(byte[] secret) {
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    String sign(String method, ObjectKey objectKey, long expires) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] digest = mac.doFinal((method + "\n" + objectKey.value() + "\n" + expires).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK ships HmacSHA256", e);
        }
    }

    boolean matches(String method, ObjectKey objectKey, long expires, String signature) {
        return signature != null && MessageDigest.isEqual(sign(method, objectKey, expires).getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII));
    }
}
