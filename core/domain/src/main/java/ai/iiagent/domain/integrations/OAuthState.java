package ai.iiagent.domain.integrations;

import ai.iiagent.domain.shared.EncryptedSecret;
import ai.iiagent.domain.users.UserId;
import java.time.Instant;
import java.util.Objects;

/**
 * An authorisation a user started: bound to that user and provider, valid until {@code expiresAt},
 * usable once. Only the SHA-256 of the state value is kept ({@code stateHash}); the PKCE verifier is
 * sealed (null when the provider takes no PKCE).
 */
public record OAuthState(String stateHash, UserId owner, ConnectorProvider provider, EncryptedSecret codeVerifier,
                         String redirectUri, Instant createdAt, Instant expiresAt, Instant usedAt) {

    public OAuthState {
        Objects.requireNonNull(stateHash, "stateHash");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(redirectUri, "redirectUri");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /**
     * Checks a callback against this state: the caller and provider must be the ones that started it
     * (else "mismatch", the same answer as an unknown state), it must be unused and unexpired.
     */
    public void requireUsableBy(UserId caller, ConnectorProvider callbackProvider, Instant now) {
        if (!owner.equals(caller) || provider != callbackProvider) {
            throw ConnectorErrors.stateMismatch();
        }
        if (usedAt != null) {
            throw ConnectorErrors.codeReplayed();
        }
        if (!now.isBefore(expiresAt)) {
            throw ConnectorErrors.stateExpired();
        }
    }
}
