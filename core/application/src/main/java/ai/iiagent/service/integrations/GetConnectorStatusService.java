package ai.iiagent.service.integrations;

import ai.iiagent.port.in.integrations.ConnectorStatus;
import ai.iiagent.port.in.integrations.GetConnectorStatusQuery;
import ai.iiagent.port.in.integrations.GetConnectorStatusUseCase;
import ai.iiagent.port.out.integrations.ConnectorRepository;

/** The caller's own connection only: the lookup is by the caller's id, so no one sees another's. */
public final class GetConnectorStatusService implements GetConnectorStatusUseCase {

    private final OAuthProviders providers;
    private final ConnectorRepository connectors;

    public GetConnectorStatusService(OAuthProviders providers, ConnectorRepository connectors) {
        this.providers = providers;
        this.connectors = connectors;
    }

    @Override
    public ConnectorStatus status(GetConnectorStatusQuery query) {
        boolean configured = providers.configured(query.provider());
        return connectors.find(query.caller().userId(), query.provider())
                .map(connector -> {
                    ConnectorStatus status = ConnectorStatuses.of(connector);
                    return new ConnectorStatus(status.provider(), configured, true, status.account(), status.scope(),
                            status.expiresAt(), status.connectedAt());
                })
                .orElseGet(() -> ConnectorStatus.disconnected(query.provider(), configured));
    }
}
