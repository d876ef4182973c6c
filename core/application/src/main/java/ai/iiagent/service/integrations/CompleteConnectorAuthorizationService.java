package ai.iiagent.service.integrations;

import ai.iiagent.domain.integrations.Connector;
import ai.iiagent.domain.integrations.ConnectorErrors;
import ai.iiagent.domain.integrations.ConnectorTokens;
import ai.iiagent.domain.integrations.OAuthState;
import ai.iiagent.port.in.integrations.CompleteConnectorAuthorizationCommand;
import ai.iiagent.port.in.integrations.CompleteConnectorAuthorizationUseCase;
import ai.iiagent.port.in.integrations.ConnectorStatus;
import ai.iiagent.port.out.clock.ClockPort;
import ai.iiagent.port.out.integrations.ConnectorRepository;
import ai.iiagent.port.out.integrations.OAuthProviderPort;
import ai.iiagent.port.out.integrations.OAuthStateRepository;
import ai.iiagent.port.out.secrets.SecretCipherPort;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * The callback: the state must be one the caller started for this provider, unexpired and unused; it
 * is spent before the code goes to the provider, so a replayed callback never reaches it. The tokens
 * are stored sealed, replacing an earlier connection to the same provider.
 */
public final class CompleteConnectorAuthorizationService implements CompleteConnectorAuthorizationUseCase {

    private final OAuthProviders providers;
    private final OAuthStateRepository states;
    private final ConnectorRepository connectors;
    private final SecretCipherPort cipher;
    private final ClockPort clock;

    public CompleteConnectorAuthorizationService(OAuthProviders providers, OAuthStateRepository states,
                                                 ConnectorRepository connectors, SecretCipherPort cipher, ClockPort clock) {
        this.providers = providers;
        this.states = states;
        this.connectors = connectors;
        this.cipher = cipher;
        this.clock = clock;
    }

    @Override
    public ConnectorStatus complete(CompleteConnectorAuthorizationCommand command) {
        if (command.code() == null || command.code().isBlank() || command.code().length() > 2048) {
            throw ConnectorErrors.invalid("code is required");
        }
        if (command.state() == null || command.state().isBlank() || command.state().length() > 256) {
            throw ConnectorErrors.stateMismatch();
        }
        OAuthProviderPort provider = providers.require(command.provider());
        String hash = OAuthValues.hash(command.state());
        OAuthState state = states.find(hash).orElseThrow(ConnectorErrors::stateMismatch);
        Instant now = clock.now();
        state.requireUsableBy(command.caller().userId(), command.provider(), now);
        if (!states.markUsed(hash, now)) {
            throw ConnectorErrors.codeReplayed();
        }
        String verifier = state.codeVerifier() == null ? null : cipher.decryptText(state.codeVerifier());
        ConnectorTokens tokens = provider.exchangeCode(command.code().strip(), verifier);
        String account = provider.accountName(tokens.accessToken());
        Optional<Connector> existing = connectors.find(command.caller().userId(), command.provider());
        Connector connector = new Connector(existing.map(Connector::id).orElseGet(UUID::randomUUID),
                command.caller().userId(), command.provider(), cipher.encryptText(tokens.accessToken()),
                tokens.refreshable() ? cipher.encryptText(tokens.refreshToken()) : null, tokens.expiresAt(), account,
                tokens.scope(), existing.map(Connector::createdAt).orElse(now), now);
        connectors.save(connector);
        return ConnectorStatuses.of(connector);
    }
}
