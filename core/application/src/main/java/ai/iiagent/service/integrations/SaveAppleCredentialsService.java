package ai.iiagent.service.integrations;

import ai.iiagent.domain.integrations.AppleCredentials;
import ai.iiagent.domain.integrations.ConnectorErrors;
import ai.iiagent.domain.integrations.StoredAppleCredential;
import ai.iiagent.port.in.integrations.AppleCredentialsView;
import ai.iiagent.port.in.integrations.SaveAppleCredentialsCommand;
import ai.iiagent.port.in.integrations.SaveAppleCredentialsUseCase;
import ai.iiagent.port.out.clock.ClockPort;
import ai.iiagent.port.out.integrations.AppleCredentialRepository;
import ai.iiagent.port.out.secrets.SecretCipherPort;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * Checks the caller's App Store Connect key (the ids' shapes, and that the {@code .p8} really is an EC
 * private key, so a bad paste fails now rather than at submission) and stores it with the private key sealed.
 */
public final class SaveAppleCredentialsService implements SaveAppleCredentialsUseCase {

    private static final int MAX_KEY_CHARS = 4_096;

    private final AppleCredentialRepository credentials;
    private final SecretCipherPort cipher;
    private final ClockPort clock;

    public SaveAppleCredentialsService(AppleCredentialRepository credentials, SecretCipherPort cipher, ClockPort clock) {
        this.credentials = credentials;
        this.cipher = cipher;
        this.clock = clock;
    }

    @Override
    public AppleCredentialsView save(SaveAppleCredentialsCommand command) {
        if (command.issuerId() == null || command.keyId() == null || command.privateKey() == null
                || command.privateKey().length() > MAX_KEY_CHARS) {
            throw ConnectorErrors.invalid("send issuer_id, key_id and private_key (the .p8 file's text)");
        }
        AppleCredentials key = new AppleCredentials(command.issuerId().strip(), command.keyId().strip(),
                command.privateKey().strip());
        requireEcPrivateKey(key.privateKeyPem());
        Instant now = clock.now();
        Optional<StoredAppleCredential> existing = credentials.find(command.caller().userId());
        StoredAppleCredential stored = new StoredAppleCredential(
                existing.map(StoredAppleCredential::id).orElseGet(UUID::randomUUID), command.caller().userId(),
                key.issuerId(), key.keyId(), cipher.encryptText(key.privateKeyPem()),
                existing.map(StoredAppleCredential::createdAt).orElse(now), now);
        credentials.save(stored);
        return GetAppleCredentialsService.view(stored);
    }

    private static void requireEcPrivateKey(String pem) {
        String body = pem.replace("-----BEGIN PRIVATE KEY-----", "").replace("-----END PRIVATE KEY-----", "")
                .replaceAll("\\s", "");
        try {
            KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(body)));
        } catch (IllegalArgumentException | GeneralSecurityException notAKey) {
            throw ConnectorErrors.invalid("private_key is not an App Store Connect .p8 key (a PKCS#8 EC private key)");
        }
    }
}
