package ai.iiagent.port.out.documents;

/**
 * A document whose text cannot be read, with a reason for callers and tests and a message written for
 * the model or the user (it becomes a tool's error result or an attachment note, never a failed run).
 */
public final class DocumentUnreadableException extends RuntimeException {

    /** Why the text could not be read. */
    public enum Reason {
        /** The bytes are not a document of the format asked for, or are damaged. */
        CORRUPT,
        /** The document is encrypted and needs a password. */
        ENCRYPTED,
        /** No extractor reads this format. */
        UNSUPPORTED_FORMAT,
        /** The requested pages are not in the document. */
        NO_SUCH_PAGES
    }

    private final Reason reason;

    public DocumentUnreadableException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public DocumentUnreadableException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
