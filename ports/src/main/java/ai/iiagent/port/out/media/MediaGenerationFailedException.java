package ai.iiagent.port.out.media;

/**
 * A generation that produced nothing: the provider refused the prompt, failed, timed out, or the
 * generator is not available here. The message is written for the model or the user; the caller's
 * hold is released (nothing was made, nothing is charged).
 */
public final class MediaGenerationFailedException extends RuntimeException {

    /** Why nothing was made. */
    public enum Kind {
        /** The provider's content policy refused the prompt or the input image. */
        CONTENT_POLICY,
        /** No result within the time limit (a long-running operation included). */
        TIMEOUT,
        /** The provider answered with an error status or an unusable answer. */
        PROVIDER_ERROR,
        /** The request is not acceptable to this generator (unknown model, size, duration). */
        INVALID_REQUEST,
        /** The generator cannot run here (a binary or a key is missing). */
        UNAVAILABLE
    }

    private final Kind kind;

    public MediaGenerationFailedException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public MediaGenerationFailedException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
