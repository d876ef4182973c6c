package ai.iiagent.service.integrations;

import ai.iiagent.domain.integrations.ConnectorErrors;
import ai.iiagent.domain.integrations.ConnectorProvider;
import ai.iiagent.port.out.integrations.OAuthProviderPort;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The OAuth adapters the server has, by provider. */
public final class OAuthProviders {

    private final Map<ConnectorProvider, OAuthProviderPort> byProvider = new EnumMap<>(ConnectorProvider.class);

    public OAuthProviders(List<OAuthProviderPort> providers) {
        providers.forEach(port -> byProvider.put(port.provider(), port));
    }

    public Optional<OAuthProviderPort> find(ConnectorProvider provider) {
        return Optional.ofNullable(byProvider.get(provider));
    }

    public boolean configured(ConnectorProvider provider) {
        return find(provider).map(OAuthProviderPort::configured).orElse(false);
    }

    /** The provider's adapter, when the server has a client for it. */
    public OAuthProviderPort require(ConnectorProvider provider) {
        return find(provider).filter(OAuthProviderPort::configured)
                .orElseThrow(() -> ConnectorErrors.notConfigured(provider));
    }
}
