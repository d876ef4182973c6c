package ai.iiagent.domain.integrations;

import java.util.List;
import java.util.Objects;

/** One tool of a toolkit ({@code GMAIL_SEND_EMAIL}): what a profile's tool selection names. */
public record ComposioAction(String slug, String name, String description, List<String> tags) {

    public ComposioAction {
        Objects.requireNonNull(slug, "slug");
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
