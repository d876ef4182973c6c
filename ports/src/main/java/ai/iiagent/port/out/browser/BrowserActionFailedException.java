package ai.iiagent.port.out.browser;

/**
 * A browser action that did not work, with a message written for the model (it becomes the tool's
 * error result, never a failed run) and a kind for callers and tests.
 */
public final class BrowserActionFailedException extends RuntimeException {

    /** What went wrong, in broad strokes. */
    public enum Kind {
        /** The address is one the SSRF rules refuse, or not a valid http(s) URL. */
        DESTINATION_REFUSED,
        /** The page or element did not answer within the time limit. */
        TIMEOUT,
        /** The arguments name something that is not there (an element index, a tab, an option). */
        NOT_FOUND,
        /** A limit was reached (tabs, download size). */
        LIMIT,
        /** The browser itself failed (it can be restarted with {@code browser_restart}). */
        BROWSER
    }

    private final Kind kind;

    public BrowserActionFailedException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public BrowserActionFailedException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
