package ai.iiagent.port.in.integrations;

import ai.iiagent.domain.users.Identity;

/** The caller's App Store Connect API key: issuer id, key id and the {@code .p8} private key (PEM). */
public record SaveAppleCredentialsCommand(Identity caller, String issuerId, String keyId, String privateKey) {

    @Override
    public String toString() {
        return "SaveAppleCredentialsCommand[" + issuerId + ", " + keyId + ", ***]";
    }
}
