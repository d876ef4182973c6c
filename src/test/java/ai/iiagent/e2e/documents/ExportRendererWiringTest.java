package ai.iiagent.e2e.documents;

import static org.assertj.core.api.Assertions.assertThat;

import ai.iiagent.port.out.documents.HtmlPagesRenderPort;
import ai.iiagent.port.out.documents.RenderRequest;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/** The application's export renderer is the host Chromium (bin/test installs it) and prints real PDFs. */
@QuarkusTest
class ExportRendererWiringTest {

    @Inject
    HtmlPagesRenderPort renderer;

    @Test
    void theWiredRendererIsAvailableAndPrintsOnePdfPagePerHtmlPage() throws IOException {
        assertThat(renderer.availability().available()).as(renderer.availability().reason()).isTrue();
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        List<Integer> progress = new ArrayList<>();

        renderer.renderPdf(RenderRequest.slides(List.of("<h1>first</h1>", "<h1>second</h1>")), pdf,
                (done, total) -> progress.add(done));

        try (PDDocument document = Loader.loadPDF(pdf.toByteArray())) {
            assertThat(document.getNumberOfPages()).isEqualTo(2);
        }
        assertThat(progress).containsExactly(1, 2);
    }
}
