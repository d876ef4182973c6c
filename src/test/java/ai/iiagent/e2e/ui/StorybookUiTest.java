package ai.iiagent.e2e.ui;

import static ai.iiagent.e2e.ui.Ui.testId;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.ColorScheme;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/**
 * The storybook reader in a real browser (docs/storybooks.md): a book asked for in chat (the offline model calls
 * generate_storybook; offline pictures and espeak-ng voice-over) opens from the tool card's link, fills in as its
 * pages are made, turns pages by button and keyboard with a picture, text and audio player per page, saves an edited
 * text as version 2, rewrites it with the (offline) model as version 3, has it read aloud as version 4 followed through
 * the progress stream, switches back to version 1, downloads the book as a PDF with progress, and once published is read
 * by a signed-out visitor (pictures through the public asset route; an unpublished version says it is not there).
 */
@QuarkusTest
@TestProfile(UiTestProfile.class)
class StorybookUiTest extends BrowserTestBase {

    private static final Pattern READER_URL = Pattern.compile(".*/storybooks/([0-9a-f-]{36})$");
    private static final double MAKING_MS = 4 * WAIT_MS; // three pictures and three spoken pages on a busy machine

    @Test
    void givenABookAskedForInChat_thenItIsRead_edited_downloaded_andPublished() throws Exception {
        Ui.register(page);
        testId(page, "nav-chat").click();
        testId(page, "chat-input").fill("""
                storybook: The Brave Fox | A fox wakes up in the forest. | The fox finds a golden key. | The fox opens a tiny door.
                style: watercolour
                with voice over please""");
        testId(page, "chat-send").click();
        page.waitForURL(Pattern.compile(".*/chat/[0-9a-f-]{36}$")); // the answer is complete
        Locator card = page.locator("[data-testid=chat-tool-card][data-tool=generate_storybook]");
        assertThat(card).hasAttribute("data-status", "done");
        testId(page, "storybook-open").click();
        page.waitForURL(READER_URL);
        String firstVersion = READER_URL.matcher(page.url()).replaceFirst("$1");

        Locator reader = testId(page, "storybook-reader");
        assertThat(testId(page, "storybook-title")).hasText("The Brave Fox");
        assertThat(reader).hasAttribute("data-status", "ready", new LocatorAssertions.HasAttributeOptions().setTimeout(MAKING_MS));
        assertThat(testId(page, "storybook-counter")).hasText("Page 1 of 3");
        assertThat(testId(page, "storybook-text")).hasText("Once upon a time, A fox wakes up in the forest.");
        assertThat(testId(page, "storybook-image")).hasAttribute("alt", "Illustration of page 1");
        awaitPictureAndVoice(page);

        page.keyboard().press("ArrowRight");
        assertThat(testId(page, "storybook-counter")).hasText("Page 2 of 3");
        assertThat(testId(page, "storybook-text")).hasText("Once upon a time, The fox finds a golden key.");
        testId(page, "storybook-next").click();
        assertThat(testId(page, "storybook-counter")).hasText("Page 3 of 3");
        assertThat(testId(page, "storybook-next")).isDisabled();
        page.keyboard().press("ArrowRight");
        assertThat(testId(page, "storybook-counter")).hasText("Page 3 of 3");
        page.keyboard().press("ArrowLeft");
        assertThat(testId(page, "storybook-counter")).hasText("Page 2 of 3");
        awaitPictureAndVoice(page);
        Axe.assertNoSeriousViolations(page, "storybook reader");
        documentScreen(page, "storybook-reader");

        testId(page, "storybook-edit").click();
        Locator text = testId(page, "storybook-edit-text");
        assertThat(text).hasValue("Once upon a time, The fox finds a golden key.");
        text.fill("The fox finds a golden key under a red leaf.");
        page.keyboard().press("ArrowRight"); // typing in the editor does not turn the page
        assertThat(testId(page, "storybook-counter")).hasText("Page 2 of 3");
        testId(page, "storybook-save-text").click();
        assertThat(testId(page, "storybook-saved")).hasText("Saved as version 2.");
        assertThat(testId(page, "storybook-version")).hasText("Version 2");
        assertThat(testId(page, "storybook-counter")).hasText("Page 2 of 3");
        assertThat(testId(page, "storybook-text")).hasText("The fox finds a golden key under a red leaf.");
        assertThat(testId(page, "storybook-audio")).hasCount(0); // the old voice-over no longer fits the text
        assertThat(testId(page, "storybook-versions").locator("option")).hasCount(2);
        String secondVersion = READER_URL.matcher(page.url()).replaceFirst("$1");
        org.assertj.core.api.Assertions.assertThat(secondVersion).isNotEqualTo(firstVersion);
        documentScreen(page, "storybook-edit");

        testId(page, "storybook-edit").click();
        testId(page, "storybook-rewrite-instruction").fill("shorter");
        testId(page, "storybook-ai-rewrite").click();
        assertThat(testId(page, "storybook-saved")).hasText("Saved as version 3.");
        assertThat(testId(page, "storybook-version")).hasText("Version 3");
        assertThat(testId(page, "storybook-counter")).hasText("Page 2 of 3");
        assertThat(testId(page, "storybook-text")).hasText("The fox finds a golden key under a red leaf. (rewritten: shorter)");

        List<String> streamed = new CopyOnWriteArrayList<>();
        page.onRequest(request -> { if (request.url().endsWith("/progress/stream")) streamed.add(request.url()); });
        testId(page, "storybook-voice").click();
        assertThat(testId(page, "storybook-saved")).hasText("Version 4 is being read aloud.");
        assertThat(testId(page, "storybook-version")).hasText("Version 4");
        String voicedVersion = READER_URL.matcher(page.url()).replaceFirst("$1");
        assertThat(reader).hasAttribute("data-status", "ready", new LocatorAssertions.HasAttributeOptions().setTimeout(MAKING_MS));
        assertThat(testId(page, "storybook-text")).hasText("The fox finds a golden key under a red leaf. (rewritten: shorter)");
        awaitPictureAndVoice(page); // the rewritten page is spoken again
        org.assertj.core.api.Assertions.assertThat(streamed).anyMatch(url -> url.contains(voicedVersion)); // followed by SSE

        testId(page, "storybook-versions").selectOption(firstVersion);
        assertThat(testId(page, "storybook-version")).hasText("Version 1");
        assertThat(testId(page, "storybook-text")).hasText("Once upon a time, The fox finds a golden key.");

        Download pdf = page.waitForDownload(() -> testId(page, "storybook-download-pdf").click());
        assertThat(testId(page, "storybook-download-done")).containsText(".pdf");
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pdf.path()))) {
            org.assertj.core.api.Assertions.assertThat(document.getNumberOfPages()).isEqualTo(3);
        }

        testId(page, "storybook-publish").click();
        Locator link = testId(page, "storybook-public-link");
        assertThat(link).hasValue(Pattern.compile(".*/public/storybooks/" + firstVersion + "$"));
        String publicUrl = link.inputValue();

        Page visitor = newContext().newPage();
        visitor.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(ColorScheme.DARK));
        visitor.navigate(publicUrl);
        assertThat(testId(visitor, "storybook-title")).hasText("The Brave Fox");
        assertThat(testId(visitor, "storybook-edit")).hasCount(0);
        awaitPictureAndVoice(visitor);
        visitor.keyboard().press("End");
        assertThat(testId(visitor, "storybook-counter")).hasText("Page 3 of 3");
        assertThat(testId(visitor, "storybook-text")).hasText("Once upon a time, The fox opens a tiny door.");
        awaitPictureAndVoice(visitor);
        Axe.assertNoSeriousViolations(visitor, "public storybook, dark");
        documentScreen(visitor, "storybook-public");

        expectConsoleError("404"); // Chromium logs the refused read of the unpublished version below
        visitor.navigate(publicUrl.replace(firstVersion, secondVersion));
        assertThat(testId(visitor, "storybook-public-missing")).hasText("This storybook is not published, or the link is wrong.");
    }

    /** The page's picture is loaded and its voice-over is playable audio (both read through real URLs). */
    private static void awaitPictureAndVoice(Page shown) {
        shown.waitForFunction("() => { const i = document.querySelector('[data-testid=storybook-image]');"
                + " return i && i.complete && i.naturalWidth > 0; }");
        shown.waitForFunction("() => { const a = document.querySelector('[data-testid=storybook-audio]');"
                + " return a && a.readyState >= 1 && a.duration > 0; }");
    }
}
