package ai.iiagent.domain.integrations;

import java.util.Objects;

/** An auth config at Composio: its id and scheme ({@code OAUTH2}, {@code API_KEY}, ...). */
public record ComposioAuthConfig(String id, String authScheme) {

    public ComposioAuthConfig {
        Objects.requireNonNull(id, "id");
    }
}
