package ai.iiagent.domain.content;

import java.time.Instant;
import java.util.Objects;

/**
 * One stored version of a slide (they are never changed): what it was, and who made it
 * ({@code agent}, {@code api}, {@code design}, {@code revert}).
 */
public record SlideVersion(int version, String title, String description, String type, String html, String source,
                           Instant createdAt) {

    public SlideVersion {
        Objects.requireNonNull(html, "html");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public static SlideVersion of(Slide slide, String source) {
        return new SlideVersion(slide.version(), slide.title(), slide.description(), slide.type(), slide.html(), source,
                slide.updatedAt());
    }
}
