package ai.iiagent.port.out.documents;

/**
 * The text of a document (PDF today) for a model to read: pages in order, separated by a blank line.
 * Pure computation on bytes already fetched or uploaded; nothing leaves the process. Throws
 * {@link DocumentUnreadableException} (with a message fit for the model) for a damaged, encrypted or
 * unsupported document.
 */
public interface DocumentTextPort {

    /** Whether this media type (e.g. {@code application/pdf}) can be read. */
    boolean reads(String mediaType);

    DocumentText extract(byte[] content, String mediaType);
}
