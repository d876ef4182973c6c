package ai.iiagent.port.in.integrations;

import ai.iiagent.domain.integrations.ComposioCustomAuth;
import ai.iiagent.domain.users.Identity;
import java.util.Map;
import java.util.Objects;

/**
 * Connect the caller's account at a toolkit as a named profile; {@code fields} are the toolkit's
 * connection-time values (a subdomain, an API key), {@code customAuth} the caller's own OAuth client or
 * null for Composio-managed credentials.
 */
public record ConnectComposioToolkitCommand(Identity caller, String toolkitSlug, String profileName,
                                            Map<String, String> fields, ComposioCustomAuth customAuth) {

    public ConnectComposioToolkitCommand {
        Objects.requireNonNull(caller, "caller");
        fields = fields == null ? Map.of() : Map.copyOf(fields);
    }

    @Override
    public String toString() {
        return "ConnectComposioToolkitCommand[" + toolkitSlug + ", " + profileName + ", fields " + fields.keySet() + "]";
    }
}
