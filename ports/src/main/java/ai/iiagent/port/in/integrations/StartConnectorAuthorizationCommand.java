package ai.iiagent.port.in.integrations;

import ai.iiagent.domain.integrations.ConnectorProvider;
import ai.iiagent.domain.users.Identity;
import java.util.Objects;

/** Start connecting the caller's account at a provider. */
public record StartConnectorAuthorizationCommand(Identity caller, ConnectorProvider provider) {

    public StartConnectorAuthorizationCommand {
        Objects.requireNonNull(caller, "caller");
    }
}
