package ai.iiagent.service.integrations;

import ai.iiagent.domain.integrations.Connector;
import ai.iiagent.domain.integrations.ConnectorErrors;
import ai.iiagent.domain.shared.ConflictException;
import ai.iiagent.domain.shared.UpstreamFailureException;
import ai.iiagent.port.in.integrations.DisconnectConnectorCommand;
import ai.iiagent.port.in.integrations.DisconnectConnectorUseCase;
import ai.iiagent.port.out.integrations.ConnectorRepository;
import ai.iiagent.port.out.integrations.OAuthProviderPort;
import ai.iiagent.port.out.secrets.SecretCipherPort;

/**
 * Revokes the grant at the provider, then forgets the tokens. A provider that is down or no longer
 * configured does not keep the user connected here: the local tokens are deleted either way.
 */
public final class DisconnectConnectorService implements DisconnectConnectorUseCase {

    private final OAuthProviders providers;
    private final ConnectorRepository connectors;
    private final SecretCipherPort cipher;

    public DisconnectConnectorService(OAuthProviders providers, ConnectorRepository connectors, SecretCipherPort cipher) {
        this.providers = providers;
        this.connectors = connectors;
        this.cipher = cipher;
    }

    @Override
    public void disconnect(DisconnectConnectorCommand command) {
        Connector connector = connectors.find(command.caller().userId(), command.provider())
                .orElseThrow(() -> ConnectorErrors.notConnected(command.provider()));
        providers.find(command.provider()).filter(OAuthProviderPort::configured).ifPresent(provider -> {
            try {
                provider.revoke(ConnectorTokenAccess.open(connector, cipher));
            } catch (UpstreamFailureException | ConflictException e) {
                // best effort: the grant may be gone already; the local copy goes regardless
            }
        });
        connectors.delete(command.caller().userId(), command.provider());
    }
}
