package ai.iiagent.adapter.documents;

import ai.iiagent.port.out.documents.DocumentText;
import ai.iiagent.port.out.documents.DocumentTextPort;
import ai.iiagent.port.out.documents.DocumentUnreadableException;
import java.io.IOException;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * PDF text with Apache PDFBox: pages in reading order (sorted by position), each page's text ended by
 * a blank line, at most {@code maxPages} pages read (a note says when more were left). Parsing keeps
 * to a bounded amount of memory and spills the rest to temporary files, so a hostile PDF cannot fill
 * the heap.
 */
public final class PdfBoxDocumentText implements DocumentTextPort {

    private static final String PDF = "application/pdf";
    private static final long MAIN_MEMORY_BYTES = 32L * 1024 * 1024;

    private final int maxPages;

    public PdfBoxDocumentText(int maxPages) {
        if (maxPages < 1) {
            throw new IllegalArgumentException("maxPages >= 1");
        }
        this.maxPages = maxPages;
    }

    @Override
    public boolean reads(String mediaType) {
        return PDF.equals(mediaType == null ? "" : mediaType.strip().toLowerCase(Locale.ROOT));
    }

    @Override
    public DocumentText extract(byte[] content, String mediaType) {
        if (!reads(mediaType)) {
            throw new DocumentUnreadableException("documents of type " + mediaType + " are not read", null);
        }
        try (PDDocument document = Loader.loadPDF(new RandomAccessReadBuffer(content), "",
                MemoryUsageSetting.setupMixed(MAIN_MEMORY_BYTES).streamCache)) {
            int pages = document.getNumberOfPages();
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setStartPage(1);
            stripper.setEndPage(Math.min(pages, maxPages));
            stripper.setPageEnd("\n\n");
            String text = stripper.getText(document).strip();
            if (pages > maxPages) {
                text = text + "\n\n[only the first " + maxPages + " of " + pages + " pages were read]";
            }
            String title = document.getDocumentInformation() == null ? null
                    : document.getDocumentInformation().getTitle();
            return new DocumentText(text, title == null ? "" : title.strip(), pages);
        } catch (InvalidPasswordException e) {
            throw new DocumentUnreadableException("the PDF is encrypted with a password", e);
        } catch (IOException e) {
            throw new DocumentUnreadableException("the PDF could not be read: " + e.getMessage(), e);
        }
    }
}
