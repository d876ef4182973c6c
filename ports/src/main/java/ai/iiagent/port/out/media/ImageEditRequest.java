package ai.iiagent.port.out.media;

import java.util.List;
import java.util.Objects;

/** A picture and the changes to make to it, in order (at least one). */
public record ImageEditRequest(SourceImage image, List<ImageEditStep> steps) {

    public ImageEditRequest {
        Objects.requireNonNull(image, "image");
        steps = List.copyOf(steps);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("at least one edit step");
        }
    }
}
