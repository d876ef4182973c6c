package ai.iiagent.domain.files;

import java.util.Objects;

/**
 * How a generated file was made: the tool that made it ({@code generate_image}, ...), the prompt it
 * was given, and the model and provider that made it. The media library lists such files as
 * {@code source: generated} with these.
 */
public record MediaProvenance(String toolName, String prompt, String model, String provider) {

    /** Prompts are stored up to this length (the media tools take at most 4,000 characters; speech 5,000). */
    public static final int MAX_PROMPT_CHARS = 5000;

    public MediaProvenance {
        Objects.requireNonNull(toolName, "toolName");
        Objects.requireNonNull(prompt, "prompt");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(provider, "provider");
        prompt = prompt.length() <= MAX_PROMPT_CHARS ? prompt : prompt.substring(0, MAX_PROMPT_CHARS);
    }
}
