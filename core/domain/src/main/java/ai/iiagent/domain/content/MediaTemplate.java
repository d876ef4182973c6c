package ai.iiagent.domain.content;

import java.util.Objects;

/**
 * A ready-made generation prompt users start from: what it makes, a name and description for the
 * gallery, the prompt (with {@code {subject}} where the user's words go) and the shape it suits.
 */
public record MediaTemplate(String id, String name, MediaCategory type, String category, String description,
                            String prompt, String aspectRatio) {

    public MediaTemplate {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(prompt, "prompt");
        Objects.requireNonNull(aspectRatio, "aspectRatio");
    }
}
