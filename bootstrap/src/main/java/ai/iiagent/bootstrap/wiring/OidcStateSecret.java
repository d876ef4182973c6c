package ai.iiagent.bootstrap.wiring;

import ai.iiagent.adapter.security.SigningKeys;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The secret that encrypts OIDC state cookies, derived from the token signing key: every node that
 * shares the signing keys can finish a login another node started, with no extra setting.
 */
final class OidcStateSecret {

    private OidcStateSecret() {
    }

    static String derivedFrom(SigningKeys keys) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update("ii-agent/oidc-state/v1".getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha256.digest(keys.privateKey().getEncoded()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK ships SHA-256", e);
        }
    }
}
