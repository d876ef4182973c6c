package ai.iiagent.adapter.documents;

import ai.iiagent.port.out.documents.DocumentUnreadableException;
import ai.iiagent.port.out.documents.DocumentUnreadableException.Reason;
import ai.iiagent.port.out.documents.ExtractedText;
import ai.iiagent.port.out.documents.PageRange;
import java.io.IOException;
import java.io.InputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/** PDF text with Apache PDFBox, page by page so the character limit stops the work early. */
final class PdfTextExtractor {

    ExtractedText extract(InputStream pdf, int maxChars, PageRange pages) {
        try (PDDocument document = Loader.loadPDF(new RandomAccessReadBuffer(pdf))) {
            int pageCount = document.getNumberOfPages();
            if (pageCount == 0) {
                return new ExtractedText("", 0, 0, 0, false);
            }
            if (!pages.startsWithin(pageCount)) {
                throw new DocumentUnreadableException(Reason.NO_SUCH_PAGES,
                        "the PDF has " + pageCount + " pages; page " + pages.first() + " does not exist");
            }
            return readPages(document, pageCount, maxChars, pages);
        } catch (InvalidPasswordException e) {
            throw new DocumentUnreadableException(Reason.ENCRYPTED, "the PDF is password-protected", e);
        } catch (IOException e) {
            throw new DocumentUnreadableException(Reason.CORRUPT, "not a readable PDF: " + e.getMessage(), e);
        }
    }

    private static ExtractedText readPages(PDDocument document, int pageCount, int maxChars, PageRange pages)
            throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        StringBuilder text = new StringBuilder();
        int last = pages.first() - 1;
        boolean truncated = false;
        for (int page = pages.first(); page <= pages.lastWithin(pageCount); page++) {
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            text.append(stripper.getText(document));
            last = page;
            if (text.length() > maxChars) {
                text.setLength(maxChars);
                truncated = true;
                break;
            }
        }
        // pages left unread after the last one asked for are not a truncation: the caller chose the range
        return new ExtractedText(text.toString().strip(), pageCount, pages.first(), last, truncated);
    }
}
