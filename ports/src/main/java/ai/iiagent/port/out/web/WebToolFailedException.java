package ai.iiagent.port.out.web;

/**
 * A web tool call that did not work, with a kind for callers and tests and a message written for
 * the model (it becomes the tool's error result, never a failed run).
 */
public final class WebToolFailedException extends RuntimeException {

    /** What went wrong, in broad strokes. */
    public enum Kind {
        /** The URL or a redirect points somewhere the SSRF rules forbid, or is malformed. */
        DESTINATION_REFUSED,
        /** No answer within the time limit. */
        TIMEOUT,
        /** The provider or site answered with an error status. */
        HTTP_ERROR,
        /** The answer could not be used (unsupported content type, unparseable provider answer). */
        UNREADABLE,
        /** The provider cannot do this (e.g. image search at a text-only provider). */
        UNSUPPORTED,
        /** DNS or connection failure. */
        NETWORK
    }

    private final Kind kind;

    public WebToolFailedException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public WebToolFailedException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
