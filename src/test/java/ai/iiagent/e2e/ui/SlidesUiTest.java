package ai.iiagent.e2e.ui;

import static ai.iiagent.e2e.ui.Ui.awaitRunStatus;
import static ai.iiagent.e2e.ui.Ui.send;
import static ai.iiagent.e2e.ui.Ui.testId;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/**
 * The deck viewer in a real browser (docs/slides.md): a {@code slide} session on the offline model writes
 * a deck, whose thumbnails appear in the session view; the presenter pages with the keyboard and closes
 * with Escape; the PDF export reports progress and downloads a PDF with a page per slide.
 */
@QuarkusTest
@TestProfile(UiTestProfile.class)
class SlidesUiTest extends BrowserTestBase {

    @Test
    void givenASlideSession_thenTheDeckAppears_thePresenterPagesByKeyboard_andThePdfDownloads() throws Exception {
        Ui.register(page);
        page.navigate("/");
        testId(page, "agent-type-slide").click();
        testId(page, "start-session").click();
        page.waitForURL(Pattern.compile(".*/s/[0-9a-f-]+$"));
        send(page, "work on: product launch");
        awaitRunStatus(page, "completed");

        assertThat(testId(page, "slides-deck-name")).hasText("product-launch");
        assertThat(testId(page, "slides-thumb")).hasCount(3);
        assertThat(testId(page, "slides-thumb").nth(1)).containsText("2. Key points");
        documentScreen(page, "slides");

        testId(page, "slides-present").click();
        assertThat(testId(page, "slides-presenter")).isVisible();
        assertThat(testId(page, "slides-counter")).hasText("1 / 3");
        page.keyboard().press("ArrowRight");
        assertThat(testId(page, "slides-counter")).hasText("2 / 3");
        page.keyboard().press("End");
        assertThat(testId(page, "slides-counter")).hasText("3 / 3");
        page.keyboard().press("ArrowRight");
        assertThat(testId(page, "slides-counter")).hasText("3 / 3");
        page.keyboard().press("ArrowLeft");
        assertThat(testId(page, "slides-counter")).hasText("2 / 3");
        assertThat(testId(page, "slides-presenter-frame")).hasAttribute("sandbox", "allow-scripts");
        page.keyboard().press("Escape");
        assertThat(testId(page, "slides-presenter")).hasCount(0);

        Download download = page.waitForDownload(() -> testId(page, "slides-export-pdf").click());
        assertThat(testId(page, "slides-export-progress")).hasText("Done: product-launch.pdf");
        try (PDDocument pdf = Loader.loadPDF(java.nio.file.Files.readAllBytes(download.path()))) {
            org.assertj.core.api.Assertions.assertThat(pdf.getNumberOfPages()).isEqualTo(3);
        }
    }
}
