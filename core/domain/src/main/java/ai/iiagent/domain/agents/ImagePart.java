package ai.iiagent.domain.agents;

import java.util.Base64;
import java.util.Objects;
import java.util.Set;

/**
 * An image in a conversation, for a model that reads images: a user's attachment or what the
 * {@code Read} tool opened. Kept as base64 text, the form every provider's wire and the stored
 * memory take. Only the formats all providers accept inline are allowed.
 */
public record ImagePart(String name, String mediaType, String base64) {

    /** What OpenAI, Anthropic and Gemini all take inline. */
    public static final Set<String> MEDIA_TYPES = Set.of("image/png", "image/jpeg", "image/gif", "image/webp");

    public ImagePart {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(base64, "base64");
        if (!MEDIA_TYPES.contains(mediaType)) {
            throw new IllegalArgumentException("images must be one of " + MEDIA_TYPES + ", got " + mediaType);
        }
    }

    public static ImagePart of(String name, String mediaType, byte[] data) {
        return new ImagePart(name, mediaType, Base64.getEncoder().encodeToString(data));
    }

    /** {@code data:image/png;base64,...}, as OpenAI takes an inline image. */
    public String dataUrl() {
        return "data:" + mediaType + ";base64," + base64;
    }

    @Override
    public String toString() {
        return "ImagePart[" + name + ", " + mediaType + ", " + base64.length() + " base64 chars]";
    }
}
