package ai.iiagent.domain.integrations;

import java.util.Map;
import java.util.Objects;

/**
 * The user's own credentials for a toolkit ({@code use_custom_auth}): the scheme ({@code OAUTH2},
 * {@code API_KEY}, ...) and its fields (client id and secret, an API key). Handed to Composio once and
 * never stored here.
 */
public record ComposioCustomAuth(String authScheme, Map<String, String> credentials) {

    public ComposioCustomAuth {
        Objects.requireNonNull(authScheme, "authScheme");
        credentials = credentials == null ? Map.of() : Map.copyOf(credentials);
    }

    @Override
    public String toString() {
        return "ComposioCustomAuth[" + authScheme + ", fields " + credentials.keySet() + "]";
    }
}
