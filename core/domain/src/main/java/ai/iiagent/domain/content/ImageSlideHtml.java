package ai.iiagent.domain.content;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How an image slide's HTML holds its picture: an {@code <img>} whose {@code src} is a base64
 * {@code data:} URL of a PNG, JPEG or WebP (as {@code SlideGenerate} writes it). Groups of
 * {@link #PICTURE}: 1 the tag up to the opening quote, 2 the media type, 3 the base64, 4 the closing quote.
 */
public final class ImageSlideHtml {

    /** The slide type of a picture slide. */
    public static final String TYPE = "image";
    public static final Pattern PICTURE = Pattern.compile(
            "(<img\\b[^>]*?\\bsrc\\s*=\\s*[\"'])data:(image/(?:png|jpeg|webp));base64,([A-Za-z0-9+/=\\s]+)([\"'])",
            Pattern.CASE_INSENSITIVE);

    private ImageSlideHtml() {
    }

    /** The {@code data:} URL of the first embedded picture of {@code html}, if it has one. */
    public static Optional<String> pictureUrl(String html) {
        Matcher picture = PICTURE.matcher(html);
        return picture.find() ? Optional.of("data:" + picture.group(2) + ";base64," + picture.group(3).replaceAll("\\s", ""))
                : Optional.empty();
    }
}
