package ai.iiagent.port.out.media;

import java.util.Objects;

/**
 * One clip to make: what it shows, its shape, how long it runs, an optional first frame to start
 * from and an optional last frame to end on (image bytes, or null; a video extension starts from the
 * earlier clip's last frame), and the model (null for the generator's default).
 */
public record VideoGenerationRequest(String prompt, AspectRatio aspectRatio, int durationSeconds, byte[] firstFrame,
                                     String model, byte[] lastFrame) {

    /** A clip with no frame to end on. */
    public VideoGenerationRequest(String prompt, AspectRatio aspectRatio, int durationSeconds, byte[] firstFrame,
                                  String model) {
        this(prompt, aspectRatio, durationSeconds, firstFrame, model, null);
    }

    public VideoGenerationRequest {
        Objects.requireNonNull(prompt, "prompt");
        Objects.requireNonNull(aspectRatio, "aspectRatio");
        if (durationSeconds < 1) {
            throw new IllegalArgumentException("durationSeconds must be at least 1");
        }
    }
}
