package ai.iiagent.domain.integrations;

import ai.iiagent.domain.shared.EncryptedSecret;
import ai.iiagent.domain.users.UserId;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A user's App Store Connect API key as stored (one per user): the issuer and key ids, and the
 * {@code .p8} private key sealed; opened into {@link AppleCredentials} only to sign a request.
 */
public record StoredAppleCredential(UUID id, UserId owner, String issuerId, String keyId, EncryptedSecret privateKey,
                                    Instant createdAt, Instant updatedAt) {

    public StoredAppleCredential {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(issuerId, "issuerId");
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(privateKey, "privateKey");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }
}
