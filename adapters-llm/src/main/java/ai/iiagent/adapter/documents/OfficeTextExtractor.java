package ai.iiagent.adapter.documents;

import ai.iiagent.port.out.documents.DocumentFormat;
import ai.iiagent.port.out.documents.DocumentUnreadableException;
import ai.iiagent.port.out.documents.DocumentUnreadableException.Reason;
import ai.iiagent.port.out.documents.ExtractedText;
import java.io.IOException;
import java.io.InputStream;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.sl.extractor.SlideShowExtractor;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xssf.extractor.XSSFExcelExtractor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Word, Excel and PowerPoint (Office Open XML) text with Apache POI. */
final class OfficeTextExtractor {

    ExtractedText extract(InputStream office, DocumentFormat format, int maxChars) {
        try {
            return switch (format) {
                case DOCX -> word(office, maxChars);
                case XLSX -> workbook(office, maxChars);
                case PPTX -> slides(office, maxChars);
                case PDF -> throw new IllegalArgumentException("PDF is not an Office format");
            };
        } catch (EncryptedDocumentException | OLE2NotOfficeXmlFileException e) {
            // an encrypted OOXML file is stored as an OLE2 container, so POI reports it as "not Office XML"
            throw new DocumentUnreadableException(Reason.ENCRYPTED,
                    "the " + format.name() + " file is password-protected or in the old binary format", e);
        } catch (IOException | POIXMLException | NotOfficeXmlFileException | IllegalStateException e) {
            throw new DocumentUnreadableException(Reason.CORRUPT,
                    "not a readable " + format.name() + " file: " + e.getMessage(), e);
        }
    }

    private static ExtractedText word(InputStream in, int maxChars) throws IOException {
        try (XWPFDocument document = new XWPFDocument(in);
             XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            extractor.setCloseFilesystem(false);
            Integer pages = document.getProperties().getExtendedProperties().getPages();
            return bounded(extractor.getText(), pages == null ? 0 : Math.max(0, pages), maxChars); // -1 when never saved by Word
        }
    }

    private static ExtractedText workbook(InputStream in, int maxChars) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(in);
             XSSFExcelExtractor extractor = new XSSFExcelExtractor(workbook)) {
            extractor.setCloseFilesystem(false);
            extractor.setFormulasNotResults(false);
            extractor.setIncludeSheetNames(true);
            return bounded(extractor.getText(), workbook.getNumberOfSheets(), maxChars);
        }
    }

    private static ExtractedText slides(InputStream in, int maxChars) throws IOException {
        try (XMLSlideShow deck = new XMLSlideShow(in);
             SlideShowExtractor<?, ?> extractor = new SlideShowExtractor<>(deck)) {
            extractor.setCloseFilesystem(false);
            extractor.setSlidesByDefault(true);
            extractor.setNotesByDefault(true);
            return bounded(extractor.getText(), deck.getSlides().size(), maxChars);
        }
    }

    private static ExtractedText bounded(String text, int pageCount, int maxChars) {
        String stripped = text.strip();
        boolean truncated = stripped.length() > maxChars;
        return new ExtractedText(truncated ? stripped.substring(0, maxChars) : stripped, pageCount, 0, 0, truncated);
    }
}
