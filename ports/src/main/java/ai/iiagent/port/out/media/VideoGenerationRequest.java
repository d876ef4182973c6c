package ai.iiagent.port.out.media;

import java.util.Objects;

/**
 * One clip to make: what it shows, its shape, how long it runs, an optional first frame to start
 * from (image bytes, or null) and the model (null for the generator's default).
 */
public record VideoGenerationRequest(String prompt, AspectRatio aspectRatio, int durationSeconds, byte[] firstFrame,
                                     String model) {

    public VideoGenerationRequest {
        Objects.requireNonNull(prompt, "prompt");
        Objects.requireNonNull(aspectRatio, "aspectRatio");
        if (durationSeconds < 1) {
            throw new IllegalArgumentException("durationSeconds must be at least 1");
        }
    }
}
