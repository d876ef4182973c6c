package ai.iiagent.domain.content;

import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.shared.ValidationException;
import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One slide of a session's presentation (deck): its HTML, title, description and type, at its current
 * version. Every change is a new version ({@link SlideVersion}); the slide is the newest of them.
 * Decks are named per session ({@code presentation_name}); slides are numbered from 1.
 *
 * @param type {@code html} for a slide written as HTML, {@code image} for a generated picture slide
 *             (or any short word the writer gives)
 */
public record Slide(SessionId sessionId, String presentationName, int slideNumber, String title, String description,
                    String type, String html, int version, Instant updatedAt) {

    /** Highest slide number a deck may use. */
    public static final int MAX_SLIDE_NUMBER = 200;
    /** Largest slide HTML accepted (characters). */
    public static final int MAX_HTML_CHARS = 2_000_000;
    public static final int MAX_TITLE_CHARS = 300;
    public static final int MAX_DESCRIPTION_CHARS = 2_000;
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} ._-]{0,99}");
    private static final Pattern TYPE = Pattern.compile("[a-z][a-z0-9_-]{0,31}");

    public Slide {
        Objects.requireNonNull(sessionId, "sessionId");
        presentationName = checkName(presentationName);
        checkNumber(slideNumber);
        title = title == null ? "" : title.strip();
        description = description == null ? "" : description.strip();
        type = type == null || type.isBlank() ? "html" : type.strip();
        if (title.length() > MAX_TITLE_CHARS) {
            throw new ValidationException(SlideErrors.INVALID_SLIDE, "title is longer than " + MAX_TITLE_CHARS + " characters");
        }
        if (description.length() > MAX_DESCRIPTION_CHARS) {
            throw new ValidationException(SlideErrors.INVALID_SLIDE, "description is longer than " + MAX_DESCRIPTION_CHARS
                    + " characters");
        }
        if (!TYPE.matcher(type).matches()) {
            throw new ValidationException(SlideErrors.INVALID_SLIDE, "type must be a short lower-case word such as html");
        }
        checkHtml(html);
        if (version < 1) {
            throw new IllegalArgumentException("version counts from 1");
        }
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** The name stripped, or {@code invalid_presentation_name}. */
    public static String checkName(String name) {
        String stripped = name == null ? "" : name.strip();
        if (!NAME.matcher(stripped).matches()) {
            throw new ValidationException(SlideErrors.INVALID_PRESENTATION_NAME, "presentation_name must be 1..100 letters,"
                    + " digits, spaces, '.', '_' or '-', starting with a letter or digit");
        }
        return stripped;
    }

    public static int checkNumber(int number) {
        if (number < 1 || number > MAX_SLIDE_NUMBER) {
            throw new ValidationException(SlideErrors.INVALID_SLIDE_NUMBER, "slide_number must be 1.." + MAX_SLIDE_NUMBER);
        }
        return number;
    }

    public static String checkHtml(String html) {
        if (html == null || html.isBlank()) {
            throw new ValidationException(SlideErrors.INVALID_SLIDE, "the slide's HTML content is empty");
        }
        if (html.length() > MAX_HTML_CHARS) {
            throw new ValidationException(SlideErrors.SLIDE_TOO_LARGE, "a slide's HTML may have at most " + MAX_HTML_CHARS
                    + " characters");
        }
        return html;
    }

    /** The sandbox path the agent's copy lives at: {@code presentations/<name>/slide_<n>.html}. */
    public String workspacePath() {
        return pathOf(presentationName, slideNumber);
    }

    public static String pathOf(String presentationName, int slideNumber) {
        return "presentations/" + presentationName + "/slide_" + slideNumber + ".html";
    }

    /** The next version of this slide with new content. */
    public Slide changed(String newTitle, String newDescription, String newType, String newHtml, Instant now) {
        return new Slide(sessionId, presentationName, slideNumber, newTitle, newDescription, newType, newHtml, version + 1, now);
    }
}
