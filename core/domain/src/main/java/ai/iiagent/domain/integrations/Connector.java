package ai.iiagent.domain.integrations;

import ai.iiagent.domain.shared.EncryptedSecret;
import ai.iiagent.domain.users.UserId;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A user's connection to one provider: the granted tokens sealed by the cipher, when the access
 * token expires (null: never), the provider account's name and the granted scope. At most one per
 * user and provider.
 */
public record Connector(UUID id, UserId owner, ConnectorProvider provider, EncryptedSecret accessToken,
                        EncryptedSecret refreshToken, Instant expiresAt, String account, String scope,
                        Instant createdAt, Instant updatedAt) {

    public Connector {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(accessToken, "accessToken");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** The same connection holding newly granted tokens. */
    public Connector withTokens(EncryptedSecret access, EncryptedSecret refresh, Instant expires, String grantedScope,
                                Instant now) {
        return new Connector(id, owner, provider, access, refresh, expires, account,
                grantedScope == null ? scope : grantedScope, createdAt, now);
    }
}
