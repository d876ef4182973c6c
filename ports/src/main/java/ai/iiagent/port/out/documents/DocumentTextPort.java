package ai.iiagent.port.out.documents;

import java.io.InputStream;

/**
 * Reads the plain text of a document a user handed the agent (an attached PDF, Word, Excel or
 * PowerPoint file, or one the {@code Read} tool opens) so a model that only takes text can use it.
 * Extraction is local work and free: it takes no credit reservation.
 *
 * <p>The caller bounds the work: the text returned never exceeds {@link TextExtractionRequest#maxChars()}
 * characters, and {@link ExtractedText#truncated()} says when more was there. Page-based formats (PDF)
 * read only the requested {@link PageRange}; the others read from the start. The caller owns the stream
 * and closes it. Documents that cannot be read (corrupt, password-protected, an unsupported format) raise
 * {@link DocumentUnreadableException} with a message fit to show the model or the user.
 */
public interface DocumentTextPort {

    /** Whether {@link #extract} can read documents of this format. */
    boolean supports(DocumentFormat format);

    /**
     * The document's text, at most {@code request.maxChars()} characters, with the page count and the
     * pages actually read.
     *
     * @throws DocumentUnreadableException when the bytes are not a readable document of the format asked for
     */
    ExtractedText extract(InputStream document, TextExtractionRequest request);
}
