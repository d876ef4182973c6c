package ai.iiagent.port.out.media;

import java.util.Objects;

/**
 * A media template as the generation tools use it (reference-template mode): what it makes, its
 * prompt with {@code {subject}} where the user's words go, and the aspect ratio it suits (a code
 * such as {@code 16:9}).
 */
public record MediaPromptTemplate(String id, MediaKind kind, String prompt, String aspectRatio) {

    public MediaPromptTemplate {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(prompt, "prompt");
        Objects.requireNonNull(aspectRatio, "aspectRatio");
    }
}
