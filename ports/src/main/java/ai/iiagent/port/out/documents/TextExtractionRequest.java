package ai.iiagent.port.out.documents;

import java.util.Objects;

/**
 * What to read from a document: its format, the most characters to return, and the pages wanted
 * ({@link PageRange#ALL} for all; ignored by formats without pages).
 */
public record TextExtractionRequest(DocumentFormat format, int maxChars, PageRange pages) {

    public TextExtractionRequest {
        Objects.requireNonNull(format, "format");
        if (maxChars < 1) {
            throw new IllegalArgumentException("maxChars must be positive, got " + maxChars);
        }
        pages = pages == null ? PageRange.ALL : pages;
    }

    /** Every page of the document, up to {@code maxChars} characters. */
    public static TextExtractionRequest whole(DocumentFormat format, int maxChars) {
        return new TextExtractionRequest(format, maxChars, PageRange.ALL);
    }
}
