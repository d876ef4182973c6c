package ai.iiagent.domain.integrations;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An App Store Connect API key as Apple issues it (Users and Access → Integrations → App Store
 * Connect API): the issuer id, the key id and the private key ({@code AuthKey_<keyId>.p8}, PKCS#8
 * PEM). Opened from its sealed form only to sign a request's token; {@link #toString()} never shows
 * the key.
 */
public record AppleCredentials(String issuerId, String keyId, String privateKeyPem) {

    private static final Pattern ISSUER = Pattern.compile("[0-9a-fA-F-]{36}");
    private static final Pattern KEY_ID = Pattern.compile("[A-Z0-9]{10}");

    public AppleCredentials {
        Objects.requireNonNull(issuerId, "issuerId");
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(privateKeyPem, "privateKeyPem");
        if (!ISSUER.matcher(issuerId).matches() || !KEY_ID.matcher(keyId).matches()
                || !privateKeyPem.contains("-----BEGIN PRIVATE KEY-----")) {
            throw ConnectorErrors.invalid("an App Store Connect key is an issuer id (UUID), a 10-character key id and"
                    + " the .p8 private key (-----BEGIN PRIVATE KEY-----)");
        }
    }

    @Override
    public String toString() {
        return "AppleCredentials[" + issuerId + ", " + keyId + ", ***]";
    }
}
