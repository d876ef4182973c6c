package ai.iiagent.port.out.documents;

/** No renderer can run on this node (for example, Chromium is not installed); the message says why. */
public final class RenderUnavailableException extends RuntimeException {

    public RenderUnavailableException(String message) {
        super(message);
    }
}
