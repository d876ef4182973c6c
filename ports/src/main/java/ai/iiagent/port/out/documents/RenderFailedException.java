package ai.iiagent.port.out.documents;

/** A page could not be rendered (timeout, browser crash); the message names the page. */
public final class RenderFailedException extends RuntimeException {

    private final int pageIndex;

    public RenderFailedException(int pageIndex, String message, Throwable cause) {
        super(message, cause);
        this.pageIndex = pageIndex;
    }

    /** The page (from 0) that failed. */
    public int pageIndex() {
        return pageIndex;
    }
}
