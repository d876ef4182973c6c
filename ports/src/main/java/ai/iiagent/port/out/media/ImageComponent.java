package ai.iiagent.port.out.media;

import java.util.Objects;

/**
 * Something an editor found on a picture: a stable id within the answer, its kind ({@code text},
 * {@code title}, {@code image}, {@code shape}, {@code icon}, {@code chart}, ...), a short label, the
 * text it shows (null when none), where it is, its stacking order and how sure the detector is (0..1).
 */
public record ImageComponent(String id, String type, String label, String text, ImageRegion box, int zIndex,
                             double confidence) {

    public ImageComponent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(box, "box");
    }
}
