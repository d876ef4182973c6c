package ai.iiagent.adapter.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.iiagent.port.out.documents.DocumentFormat;
import ai.iiagent.port.out.documents.DocumentUnreadableException;
import ai.iiagent.port.out.documents.ExtractedText;
import ai.iiagent.port.out.documents.PageRange;
import ai.iiagent.port.out.documents.TextExtractionRequest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class LibraryDocumentTextAdapterTest {

    private final LibraryDocumentTextAdapter adapter = new LibraryDocumentTextAdapter();

    @Test
    void givenThreePagePdf_whenExtractWhole_thenReturnsEveryPageInOrderWithPageCount() throws Exception {
        byte[] pdf = SampleDocuments.pdf("Quarterly revenue rose", "Costs fell sharply", "Outlook is stable");

        ExtractedText text = adapter.extract(new ByteArrayInputStream(pdf), TextExtractionRequest.whole(DocumentFormat.PDF, 10_000));

        assertThat(text.text()).containsSubsequence("Quarterly revenue rose", "Costs fell sharply", "Outlook is stable");
        assertThat(text.pageCount()).isEqualTo(3);
        assertThat(text.firstPageRead()).isEqualTo(1);
        assertThat(text.lastPageRead()).isEqualTo(3);
        assertThat(text.truncated()).isFalse();
        assertThat(text.complete()).isTrue();
    }

    @Test
    void givenPdf_whenExtractPageRange_thenReadsOnlyThosePages() throws Exception {
        byte[] pdf = SampleDocuments.pdf("first page", "second page", "third page", "fourth page");

        ExtractedText text = adapter.extract(new ByteArrayInputStream(pdf),
                new TextExtractionRequest(DocumentFormat.PDF, 10_000, new PageRange(2, 3)));

        assertThat(text.text()).contains("second page", "third page").doesNotContain("first page", "fourth page");
        assertThat(text.pageCount()).isEqualTo(4);
        assertThat(text.firstPageRead()).isEqualTo(2);
        assertThat(text.lastPageRead()).isEqualTo(3);
        assertThat(text.truncated()).isFalse();
        assertThat(text.complete()).isFalse();
    }

    @Test
    void givenPdfLongerThanLimit_whenExtract_thenCutsAtLimitAndSaysTruncated() throws Exception {
        byte[] pdf = SampleDocuments.pdf("a".repeat(60), "b".repeat(60), "c".repeat(60));

        ExtractedText text = adapter.extract(new ByteArrayInputStream(pdf), TextExtractionRequest.whole(DocumentFormat.PDF, 100));

        assertThat(text.text()).hasSizeLessThanOrEqualTo(100).startsWith("a".repeat(60)).doesNotContain("c");
        assertThat(text.truncated()).isTrue();
        assertThat(text.lastPageRead()).isEqualTo(2);
    }

    @Test
    void givenRangePastLastPage_whenExtract_thenRefusesWithNoSuchPages() throws Exception {
        byte[] pdf = SampleDocuments.pdf("only page");

        assertThatThrownBy(() -> adapter.extract(new ByteArrayInputStream(pdf),
                new TextExtractionRequest(DocumentFormat.PDF, 1_000, new PageRange(5, 6))))
                .isInstanceOfSatisfying(DocumentUnreadableException.class,
                        e -> assertThat(e.reason()).isEqualTo(DocumentUnreadableException.Reason.NO_SUCH_PAGES))
                .hasMessageContaining("1 pages");
    }

    @Test
    void givenPasswordProtectedPdf_whenExtract_thenRefusesAsEncrypted() throws Exception {
        byte[] pdf = SampleDocuments.pdf(List.of("secret plans"), "hunter2");

        assertThatThrownBy(() -> adapter.extract(new ByteArrayInputStream(pdf), TextExtractionRequest.whole(DocumentFormat.PDF, 1_000)))
                .isInstanceOfSatisfying(DocumentUnreadableException.class,
                        e -> assertThat(e.reason()).isEqualTo(DocumentUnreadableException.Reason.ENCRYPTED));
    }

    @Test
    void givenBytesThatAreNotAPdf_whenExtract_thenRefusesAsCorrupt() {
        byte[] notPdf = "just some text pretending".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> adapter.extract(new ByteArrayInputStream(notPdf), TextExtractionRequest.whole(DocumentFormat.PDF, 1_000)))
                .isInstanceOfSatisfying(DocumentUnreadableException.class,
                        e -> assertThat(e.reason()).isEqualTo(DocumentUnreadableException.Reason.CORRUPT));
    }

    @Test
    void givenWordDocument_whenExtract_thenReturnsParagraphs() throws Exception {
        byte[] docx = SampleDocuments.docx("Meeting notes", "Ship the attachment feature on Monday");

        ExtractedText text = adapter.extract(new ByteArrayInputStream(docx), TextExtractionRequest.whole(DocumentFormat.DOCX, 10_000));

        assertThat(text.text()).containsSubsequence("Meeting notes", "Ship the attachment feature on Monday");
        assertThat(text.truncated()).isFalse();
        assertThat(text.complete()).isTrue();
    }

    @Test
    void givenWordDocumentLongerThanLimit_whenExtract_thenCutsAndSaysTruncated() throws Exception {
        byte[] docx = SampleDocuments.docx("x".repeat(500));

        ExtractedText text = adapter.extract(new ByteArrayInputStream(docx), TextExtractionRequest.whole(DocumentFormat.DOCX, 50));

        assertThat(text.text()).isEqualTo("x".repeat(50));
        assertThat(text.truncated()).isTrue();
    }

    @Test
    void givenWorkbook_whenExtract_thenReturnsSheetNameAndCellsWithSheetCount() throws Exception {
        byte[] xlsx = SampleDocuments.xlsx("Budget", "Total spend", 1234.5);

        ExtractedText text = adapter.extract(new ByteArrayInputStream(xlsx), TextExtractionRequest.whole(DocumentFormat.XLSX, 10_000));

        assertThat(text.text()).contains("Budget", "Total spend", "1234.5");
        assertThat(text.pageCount()).isEqualTo(1);
    }

    @Test
    void givenDeck_whenExtract_thenReturnsSlideTextWithSlideCount() throws Exception {
        byte[] pptx = SampleDocuments.pptx("Roadmap 2027", "Hire two engineers");

        ExtractedText text = adapter.extract(new ByteArrayInputStream(pptx), TextExtractionRequest.whole(DocumentFormat.PPTX, 10_000));

        assertThat(text.text()).containsSubsequence("Roadmap 2027", "Hire two engineers");
        assertThat(text.pageCount()).isEqualTo(2);
    }

    @Test
    void givenPdfBytesLabelledAsWord_whenExtract_thenRefusesAsCorrupt() throws Exception {
        byte[] pdf = SampleDocuments.pdf("not a word file");

        assertThatThrownBy(() -> adapter.extract(new ByteArrayInputStream(pdf), TextExtractionRequest.whole(DocumentFormat.DOCX, 1_000)))
                .isInstanceOfSatisfying(DocumentUnreadableException.class,
                        e -> assertThat(e.reason()).isEqualTo(DocumentUnreadableException.Reason.CORRUPT));
    }

    @Test
    void givenMediaTypeOrFileName_whenFormatOf_thenKnowsOfficeFilesSentAsOctetStream() {
        assertThat(DocumentFormat.of("application/pdf; charset=binary", "x.bin")).contains(DocumentFormat.PDF);
        assertThat(DocumentFormat.of("application/octet-stream", "Report.DOCX")).contains(DocumentFormat.DOCX);
        assertThat(DocumentFormat.of("image/png", "photo.png")).isEmpty();
    }
}
