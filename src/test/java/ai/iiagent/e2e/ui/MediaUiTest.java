package ai.iiagent.e2e.ui;

import static ai.iiagent.e2e.ui.Ui.awaitRunStatus;
import static ai.iiagent.e2e.ui.Ui.send;
import static ai.iiagent.e2e.ui.Ui.testId;
import static ai.iiagent.e2e.ui.Ui.toolCard;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue 18 in the browser: a media session whose offline model generates a picture and a clip shows
 * both inline in their tool cards — the picture loaded, the video playable with its length — and
 * the screen is saved as docs/screenshots/media.png.
 */
@QuarkusTest
@TestProfile(UiTestProfile.class)
class MediaUiTest extends BrowserTestBase {

    @Test
    void givenAMediaRun_thenTheGeneratedImageAndVideoAreShownInTheSessionView() {
        Ui.register(page);
        page.navigate("/");
        testId(page, "agent-type-media").click();
        testId(page, "start-session").click();
        page.waitForURL(Pattern.compile(".*/s/[0-9a-f-]+$"));

        send(page, "image: a lighthouse at dusk -> art/lighthouse.png video 2s: waves rolling in -> clips/waves.mp4");

        Locator image = toolCard(page, "generate_image").getByTestId("media-image");
        Locator video = toolCard(page, "generate_video").getByTestId("media-video");
        assertThat(image).isVisible();
        assertThat(video).isVisible();
        assertThat(image).hasAttribute("alt", "a lighthouse at dusk");
        page.waitForFunction("() => { const i = document.querySelector('[data-testid=media-image]');"
                + " return i && i.complete && i.naturalWidth === 1024; }");
        page.waitForFunction("() => { const v = document.querySelector('[data-testid=media-video]');"
                + " return v && v.readyState >= 1 && v.duration > 1.5 && v.duration < 2.5; }");
        assertThat(toolCard(page, "generate_image")).containsText("offline placeholder");
        awaitRunStatus(page, "completed");
        documentScreen(page, "media");
    }
}
