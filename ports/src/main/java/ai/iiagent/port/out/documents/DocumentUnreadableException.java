package ai.iiagent.port.out.documents;

/** A document whose text cannot be read (damaged, encrypted, unsupported), with a message fit for the model. */
public final class DocumentUnreadableException extends RuntimeException {

    public DocumentUnreadableException(String message, Throwable cause) {
        super(message, cause);
    }
}
