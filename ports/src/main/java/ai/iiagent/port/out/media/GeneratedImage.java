package ai.iiagent.port.out.media;

import java.util.Objects;

/**
 * A picture a generator made: its bytes and media type ({@code image/png}, {@code image/jpeg},
 * {@code image/webp}), its pixel size, and the model and provider that made it (what is billed).
 */
public record GeneratedImage(byte[] content, String contentType, int width, int height, String model, String provider) {

    public GeneratedImage {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(provider, "provider");
    }
}
