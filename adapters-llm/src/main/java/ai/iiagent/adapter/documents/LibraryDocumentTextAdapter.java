package ai.iiagent.adapter.documents;

import ai.iiagent.port.out.documents.DocumentFormat;
import ai.iiagent.port.out.documents.DocumentTextPort;
import ai.iiagent.port.out.documents.ExtractedText;
import ai.iiagent.port.out.documents.TextExtractionRequest;
import java.io.InputStream;
import java.util.Objects;

/**
 * Document text with well-kept libraries: Apache PDFBox for PDF, Apache POI for Office Open XML
 * (chosen over Tika for a much smaller dependency set that needs no parser auto-detection).
 */
public final class LibraryDocumentTextAdapter implements DocumentTextPort {

    private final PdfTextExtractor pdf = new PdfTextExtractor();
    private final OfficeTextExtractor office = new OfficeTextExtractor();

    @Override
    public boolean supports(DocumentFormat format) {
        return format != null;
    }

    @Override
    public ExtractedText extract(InputStream document, TextExtractionRequest request) {
        Objects.requireNonNull(document, "document");
        return request.format() == DocumentFormat.PDF
                ? pdf.extract(document, request.maxChars(), request.pages())
                : office.extract(document, request.format(), request.maxChars());
    }
}
