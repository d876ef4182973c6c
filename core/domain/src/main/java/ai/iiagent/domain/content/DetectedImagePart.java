package ai.iiagent.domain.content;

import java.util.Objects;

/**
 * Something found on an image slide's picture: a stable id within the answer, its kind ({@code text},
 * {@code title}, {@code image}, {@code shape}, {@code icon}, {@code chart}, ...), a short label, the
 * text it shows (null when none), where it is, its stacking order and how sure the detector is (0..1).
 */
public record DetectedImagePart(String id, String type, String label, String text, ImageArea box, int zIndex,
                             double confidence) {

    public DetectedImagePart {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(box, "box");
    }
}
