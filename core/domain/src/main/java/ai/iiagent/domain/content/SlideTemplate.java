package ai.iiagent.domain.content;

import ai.iiagent.domain.shared.ValidationException;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** A slide template of the catalogue: a name, its HTML and preview image URLs. */
public record SlideTemplate(UUID id, String name, String html, List<String> images) {

    public SlideTemplate {
        Objects.requireNonNull(id, "id");
        name = name == null ? "" : name.strip();
        if (name.isEmpty() || name.length() > 200) {
            throw new ValidationException(SlideErrors.INVALID_SLIDE, "slide_template_name must be 1..200 characters");
        }
        Slide.checkHtml(html);
        images = images == null ? List.of() : List.copyOf(images);
        if (images.size() > 20 || images.stream().anyMatch(url -> url == null || url.length() > 2000
                || !(url.startsWith("https://") || url.startsWith("http://") || url.startsWith("/")))) {
            throw new ValidationException(SlideErrors.INVALID_SLIDE, "slide_template_images: at most 20 http(s) or"
                    + " site-relative URLs");
        }
    }
}
