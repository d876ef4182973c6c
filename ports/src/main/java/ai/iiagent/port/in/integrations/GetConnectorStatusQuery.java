package ai.iiagent.port.in.integrations;

import ai.iiagent.domain.integrations.ConnectorProvider;
import ai.iiagent.domain.users.Identity;
import java.util.Objects;

/** Whether the caller has connected a provider. */
public record GetConnectorStatusQuery(Identity caller, ConnectorProvider provider) {

    public GetConnectorStatusQuery {
        Objects.requireNonNull(caller, "caller");
    }
}
