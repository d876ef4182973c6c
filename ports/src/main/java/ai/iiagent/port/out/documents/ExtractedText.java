package ai.iiagent.port.out.documents;

import java.util.Objects;

/**
 * A document's text as read: the text (at most the characters asked for), how many pages the document
 * has (pages of a PDF or a Word file as last saved, slides of a deck, sheets of a workbook; 0 when the
 * file does not say), the first and last page read (0 and 0 when the format has no pages), and whether
 * text was left out because of the character limit.
 */
public record ExtractedText(String text, int pageCount, int firstPageRead, int lastPageRead, boolean truncated) {

    public ExtractedText {
        Objects.requireNonNull(text, "text");
        if (pageCount < 0 || firstPageRead < 0 || lastPageRead < firstPageRead) {
            throw new IllegalArgumentException("page numbers out of order: " + firstPageRead + ".." + lastPageRead
                    + " of " + pageCount);
        }
    }

    /** Whether every page (or the whole of an unpaged document) was read and nothing was cut. */
    public boolean complete() {
        return !truncated && (firstPageRead == 0 || firstPageRead == 1 && lastPageRead == pageCount);
    }
}
