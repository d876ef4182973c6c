package ai.iiagent.e2e.ui;

import static ai.iiagent.e2e.ui.Ui.awaitRunStatus;
import static ai.iiagent.e2e.ui.Ui.testId;
import static ai.iiagent.e2e.ui.Ui.toolCard;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue 18's gallery and model picker in the browser: the media agent type shows the model picker
 * (the offline models with their price and an offline badge) and a link to the media templates
 * gallery; the gallery filters by type; "Use" on a template starts a media session whose offline
 * model draws the picture through the template (its prompt shapes the picture's prompt, its shape
 * the picture's size). The gallery fits a phone's width.
 */
@QuarkusTest
@TestProfile(UiTestProfile.class)
class MediaGalleryUiTest extends BrowserTestBase {

    @Test
    void givenTheGallery_thenATemplateStartsAMediaSession_withTheChosenModel() {
        Ui.register(page);
        page.navigate("/");
        testId(page, "agent-type-media").click();
        Locator offlineImage = testId(page, "media-model-image-offline-image");
        assertThat(offlineImage).isVisible();
        assertThat(offlineImage.getByTestId("media-model-offline")).hasText("offline");
        assertThat(offlineImage.getByTestId("media-model-price")).containsText("per image");
        assertThat(testId(page, "media-model-video-offline-video").getByTestId("media-model-price"))
                .containsText("per second");
        offlineImage.click();
        assertThat(offlineImage.locator("input")).isChecked();

        testId(page, "home-media-templates").click();
        page.waitForURL(Pattern.compile(".*/media$"));
        Locator cards = testId(page, "media-template");
        assertThat(cards).hasCount(9);
        testId(page, "media-filter-video").click();
        assertThat(cards).hasCount(3);
        assertThat(page.locator("[data-testid=media-template][data-type=image]")).hasCount(0);
        testId(page, "media-filter-image").click();
        assertThat(cards).hasCount(6);
        assertThat(page.locator("[data-testid=media-template][data-type=video]")).hasCount(0);
        Axe.assertNoSeriousViolations(page, "media templates");
        documentScreen(page, "media-gallery");

        page.locator("[data-testid=media-template][data-id=cinematic-still]").getByTestId("media-template-use").click();
        page.waitForURL(Pattern.compile(".*/$"));
        Locator prompt = testId(page, "home-prompt");
        assertThat(prompt).hasValue("template: cinematic-still\nimage: your subject -> images/cinematic-still.png");
        assertThat(testId(page, "agent-type-media").locator("input")).isChecked();
        prompt.fill("template: cinematic-still\nimage: a harbour at dawn -> images/cinematic-still.png");
        testId(page, "start-session").click();
        page.waitForURL(Pattern.compile(".*/s/[0-9a-f-]+$"));

        Locator image = toolCard(page, "generate_image").getByTestId("media-image");
        assertThat(image).isVisible();
        // the template shaped the prompt and chose the shape (16:9: 1024x576)
        assertThat(image).hasAttribute("alt", Pattern.compile("^Cinematic wide shot of a harbour at dawn, anamorphic lens.*"));
        page.waitForFunction("() => { const i = document.querySelector('[data-testid=media-image]');"
                + " return i && i.complete && i.naturalWidth === 1024 && i.naturalHeight === 576; }");
        assertThat(page.getByTestId("message-user").first()).containsText("image model: offline-image");
        awaitRunStatus(page, "completed");

        page.setViewportSize(390, 844);
        page.navigate("/media");
        assertThat(cards.first()).isVisible();
        Object sideways = page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        org.assertj.core.api.Assertions.assertThat(((Number) sideways).intValue()).as("sideways scroll on a phone").isZero();
    }
}
