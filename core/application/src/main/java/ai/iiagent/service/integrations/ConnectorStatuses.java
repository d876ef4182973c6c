package ai.iiagent.service.integrations;

import ai.iiagent.domain.integrations.Connector;
import ai.iiagent.port.in.integrations.ConnectorStatus;

/** A stored connection as its status (never its tokens). */
final class ConnectorStatuses {

    private ConnectorStatuses() {
    }

    static ConnectorStatus of(Connector connector) {
        return new ConnectorStatus(connector.provider(), true, true, connector.account(), connector.scope(),
                connector.expiresAt(), connector.createdAt());
    }
}
