package ai.iiagent.e2e.ui;

import static ai.iiagent.e2e.ui.Ui.awaitRunStatus;
import static ai.iiagent.e2e.ui.Ui.send;
import static ai.iiagent.e2e.ui.Ui.testId;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Image-slide editing in a real browser (docs/slides.md): a {@code slide_nano_banana} session on the
 * offline model generates picture slides; design mode offers the picture tools on them: parts are
 * found, the picture is changed by a prompt and its background removed (each a new version in the
 * history), and the history reverts to the generated picture.
 */
@QuarkusTest
@TestProfile(UiTestProfile.class)
class SlidesPictureUiTest extends BrowserTestBase {

    @Test
    void givenPictureSlides_thenDesignModeFindsPartsEditsThePictureRemovesItsBackground_andReverts() {
        Ui.register(page);
        page.navigate("/");
        testId(page, "agent-type-slide_nano_banana").click();
        testId(page, "start-session").click();
        page.waitForURL(Pattern.compile(".*/s/[0-9a-f-]+$"));
        send(page, "work on: harbour at dawn");
        awaitRunStatus(page, "completed");
        assertThat(testId(page, "slides-thumb").first()).isVisible();

        testId(page, "slides-design-open").click();
        assertThat(testId(page, "design-picture")).isVisible();
        testId(page, "design-picture-detect").click();
        assertThat(testId(page, "design-picture-message")).containsText("parts found");

        testId(page, "design-picture-prompt").fill("make the sky warmer");
        testId(page, "design-picture-edit").click();
        assertThat(testId(page, "design-picture-message")).hasText("Picture edited: version 2");
        testId(page, "design-picture-background").click();
        assertThat(testId(page, "design-picture-message")).hasText("Background removed: version 3");
        assertThat(testId(page, "design-version")).hasCount(3);
        assertThat(testId(page, "design-version").first()).containsText("v3 · image_edit · current");
        documentScreen(page, "slides-picture");

        testId(page, "design-revert").last().click();
        assertThat(testId(page, "design-message")).hasText("Reverted: version 1 is now version 4");
        assertThat(testId(page, "design-version")).hasCount(4);
    }
}
