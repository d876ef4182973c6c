package ai.iiagent.domain.integrations;

import java.util.List;
import java.util.Objects;

/**
 * A toolkit of Composio's catalogue (Gmail, Slack, Notion, ...): how it authenticates
 * ({@code authSchemes}, e.g. {@code OAUTH2}, {@code API_KEY}) and which of those Composio manages itself.
 */
public record ComposioToolkit(String slug, String name, String description, String logo, List<String> categories,
                              int toolsCount, List<String> authSchemes, List<String> composioManagedAuthSchemes) {

    public ComposioToolkit {
        Objects.requireNonNull(slug, "slug");
        categories = categories == null ? List.of() : List.copyOf(categories);
        authSchemes = authSchemes == null ? List.of() : List.copyOf(authSchemes);
        composioManagedAuthSchemes = composioManagedAuthSchemes == null ? List.of() : List.copyOf(composioManagedAuthSchemes);
    }
}
