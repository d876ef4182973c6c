package ai.iiagent.port.in.integrations;

import ai.iiagent.domain.integrations.ConnectorProvider;
import ai.iiagent.domain.users.Identity;
import java.util.Objects;

/** Disconnect the caller's account from a provider. */
public record DisconnectConnectorCommand(Identity caller, ConnectorProvider provider) {

    public DisconnectConnectorCommand {
        Objects.requireNonNull(caller, "caller");
    }
}
