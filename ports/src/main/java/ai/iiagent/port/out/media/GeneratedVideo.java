package ai.iiagent.port.out.media;

import java.util.Objects;

/**
 * A clip a generator made: its bytes ({@code video/mp4}), pixel size, length in seconds (what is
 * billed), and the model and provider that made it.
 */
public record GeneratedVideo(byte[] content, String contentType, int width, int height, int durationSeconds,
                             String model, String provider) {

    public GeneratedVideo {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(provider, "provider");
    }
}
