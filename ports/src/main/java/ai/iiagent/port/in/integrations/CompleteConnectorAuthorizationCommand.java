package ai.iiagent.port.in.integrations;

import ai.iiagent.domain.integrations.ConnectorProvider;
import ai.iiagent.domain.users.Identity;
import java.util.Objects;

/** The provider sent the user back with {@code code} for the authorisation {@code state} names. */
public record CompleteConnectorAuthorizationCommand(Identity caller, ConnectorProvider provider, String code, String state) {

    public CompleteConnectorAuthorizationCommand {
        Objects.requireNonNull(caller, "caller");
    }
}
