package ai.iiagent.service.integrations;

import ai.iiagent.domain.integrations.Connector;
import ai.iiagent.domain.integrations.ConnectorErrors;
import ai.iiagent.domain.integrations.ConnectorProvider;
import ai.iiagent.domain.integrations.ConnectorTokens;
import ai.iiagent.domain.shared.ConflictException;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.port.out.clock.ClockPort;
import ai.iiagent.port.out.integrations.ConnectorRepository;
import ai.iiagent.port.out.secrets.SecretCipherPort;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A connected account's live access token: refreshed (and stored sealed again) when it expires within
 * {@link #REFRESH_MARGIN}; a grant the provider no longer honours is forgotten and reported as
 * {@code connector_authorization_expired}, so the user connects again.
 */
public final class ConnectorTokenAccess {

    static final Duration REFRESH_MARGIN = Duration.ofMinutes(5);

    private final OAuthProviders providers;
    private final ConnectorRepository connectors;
    private final SecretCipherPort cipher;
    private final ClockPort clock;

    public ConnectorTokenAccess(OAuthProviders providers, ConnectorRepository connectors, SecretCipherPort cipher,
                                ClockPort clock) {
        this.providers = providers;
        this.connectors = connectors;
        this.cipher = cipher;
        this.clock = clock;
    }

    /** The caller's access token; {@code connector_not_connected} when there is none. */
    public String accessToken(UserId owner, ConnectorProvider provider) {
        return find(owner, provider).orElseThrow(() -> ConnectorErrors.notConnected(provider));
    }

    /** The caller's access token if connected (refreshed as needed). */
    public Optional<String> find(UserId owner, ConnectorProvider provider) {
        Optional<Connector> stored = connectors.find(owner, provider);
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        Connector connector = stored.get();
        ConnectorTokens tokens = open(connector, cipher);
        Instant now = clock.now();
        if (!tokens.expiresWithin(now, REFRESH_MARGIN)) {
            return Optional.of(tokens.accessToken());
        }
        if (!tokens.refreshable()) {
            if (tokens.expiresWithin(now, Duration.ZERO)) {
                connectors.delete(owner, provider);
                throw ConnectorErrors.authorizationExpired(provider);
            }
            return Optional.of(tokens.accessToken());
        }
        return Optional.of(refresh(connector, tokens, now));
    }

    private String refresh(Connector connector, ConnectorTokens tokens, Instant now) {
        ConnectorTokens fresh;
        try {
            fresh = providers.require(connector.provider()).refresh(tokens.refreshToken());
        } catch (ConflictException e) {
            connectors.delete(connector.owner(), connector.provider());
            throw e;
        }
        String refreshToken = fresh.refreshable() ? fresh.refreshToken() : tokens.refreshToken();
        connectors.save(connector.withTokens(cipher.encryptText(fresh.accessToken()), cipher.encryptText(refreshToken),
                fresh.expiresAt(), fresh.scope(), now));
        return fresh.accessToken();
    }

    static ConnectorTokens open(Connector connector, SecretCipherPort cipher) {
        return new ConnectorTokens(cipher.decryptText(connector.accessToken()),
                connector.refreshToken() == null ? null : cipher.decryptText(connector.refreshToken()),
                connector.expiresAt(), connector.scope());
    }
}
