package ai.iiagent.adapter.integrations.apple;

import ai.iiagent.domain.integrations.AppleCredentials;
import ai.iiagent.domain.integrations.ConnectorErrors;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;

/**
 * App Store Connect's bearer tokens: a JWT signed with ES256 (RFC 7518 §3.4: ECDSA P-256 with
 * SHA-256, the signature as the 64 bytes r‖s, not DER) by the team's {@code .p8} key, header
 * {@code {alg: ES256, kid, typ: JWT}}, claims {@code {iss, iat, exp, aud: appstoreconnect-v1}}; Apple
 * refuses tokens valid for more than 20 minutes.
 */
public final class AppStoreConnectTokens {

    static final Duration LIFETIME = Duration.ofMinutes(15);
    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

    private final Clock clock;

    public AppStoreConnectTokens(Clock clock) {
        this.clock = clock;
    }

    public String token(AppleCredentials credentials) {
        long now = clock.instant().getEpochSecond();
        String header = "{\"alg\":\"ES256\",\"kid\":\"" + credentials.keyId() + "\",\"typ\":\"JWT\"}";
        String claims = "{\"iss\":\"" + credentials.issuerId() + "\",\"iat\":" + now + ",\"exp\":"
                + (now + LIFETIME.toSeconds()) + ",\"aud\":\"appstoreconnect-v1\"}";
        String signingInput = encode(header) + "." + encode(claims);
        try {
            Signature ecdsa = Signature.getInstance("SHA256withECDSA");
            ecdsa.initSign(privateKey(credentials.privateKeyPem()));
            ecdsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + URL.encodeToString(joseSignature(ecdsa.sign()));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw ConnectorErrors.invalid("the App Store Connect private key cannot sign (is it the .p8 file Apple issued?)");
        }
    }

    private static PrivateKey privateKey(String pem) throws GeneralSecurityException {
        String body = pem.replace("-----BEGIN PRIVATE KEY-----", "").replace("-----END PRIVATE KEY-----", "")
                .replaceAll("\\s", "");
        return KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(body)));
    }

    /** DER {@code SEQUENCE { INTEGER r, INTEGER s }} → r‖s, each left-padded to 32 bytes. */
    static byte[] joseSignature(byte[] der) {
        int offset = der[1] == (byte) 0x81 ? 3 : 2; // long-form length for 72-byte signatures never happens with P-256
        int rLength = der[offset + 1];
        byte[] r = Arrays.copyOfRange(der, offset + 2, offset + 2 + rLength);
        int sStart = offset + 2 + rLength;
        int sLength = der[sStart + 1];
        byte[] s = Arrays.copyOfRange(der, sStart + 2, sStart + 2 + sLength);
        byte[] jose = new byte[64];
        copyUnsigned(r, jose, 0);
        copyUnsigned(s, jose, 32);
        return jose;
    }

    private static void copyUnsigned(byte[] integer, byte[] target, int at) {
        int start = 0;
        while (start < integer.length - 1 && integer[start] == 0) {
            start++;
        }
        int length = integer.length - start;
        System.arraycopy(integer, start, target, at + 32 - length, length);
    }

    private static String encode(String json) {
        return URL.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
