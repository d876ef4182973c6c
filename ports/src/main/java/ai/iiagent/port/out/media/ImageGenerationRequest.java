package ai.iiagent.port.out.media;

import java.util.Objects;

/**
 * One picture to make: what it shows, its shape and the model to use (one of the generator's
 * {@link ImageGenerationPaidToolPort#models()}; null for the generator's default).
 */
public record ImageGenerationRequest(String prompt, AspectRatio aspectRatio, String model) {

    public ImageGenerationRequest {
        Objects.requireNonNull(prompt, "prompt");
        Objects.requireNonNull(aspectRatio, "aspectRatio");
    }
}
