package ai.iiagent.adapter.persistence.projects;

import ai.iiagent.port.out.projects.PreviewSignerPort;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** {@link PreviewSignerPort} with HMAC-SHA256 under a key derived from the token signing key (see the wiring). */
public final class HmacPreviewSigner implements PreviewSignerPort {

    private final SecretKeySpec key;

    public HmacPreviewSigner(byte[] secret) {
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    @Override
    public String mac(String message, int bytes) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)), 0, bytes);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK ships HmacSHA256", e);
        }
    }
}
