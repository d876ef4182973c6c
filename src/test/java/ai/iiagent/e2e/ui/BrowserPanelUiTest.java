package ai.iiagent.e2e.ui;

import static ai.iiagent.e2e.ui.Ui.awaitRunStatus;
import static ai.iiagent.e2e.ui.Ui.send;
import static ai.iiagent.e2e.ui.Ui.testId;
import static ai.iiagent.e2e.ui.Ui.toolCard;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import ai.iiagent.e2e.realtime.BrowserStandIn;
import com.microsoft.playwright.Locator;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

/**
 * The live browser panel: the agent browses a page (the offline model's "browse: URL") and the
 * session view shows the agent's browser, its address, title and the latest screenshot, updating as
 * each browser tool answers; saved for docs/screenshots/browser-panel.png.
 */
@QuarkusTest
@TestProfile(UiTestProfile.class)
@WithTestResource(BrowserStandIn.class)
class BrowserPanelUiTest extends BrowserTestBase {

    @Test
    void givenTheAgentBrowses_thenThePanelShowsTheLatestScreenshotWithItsAddress() {
        Ui.register(page);
        Ui.newSession(page);
        assertThat(testId(page, "browser-panel")).hasCount(0);
        String url = BrowserStandIn.url("/shop.html");
        send(page, "browse: " + url);
        Locator panel = testId(page, "browser-panel");
        assertThat(panel.getByTestId("browser-url")).hasText(url, new com.microsoft.playwright.assertions
                .LocatorAssertions.HasTextOptions().setTimeout(3 * WAIT_MS));
        assertThat(panel.getByTestId("browser-title-text")).hasText("Corner shop");
        awaitRunStatus(page, "completed", 3 * WAIT_MS);
        assertThat(toolCard(page, "browser_view_interactive_elements")).hasAttribute("data-status", "done");
        Locator shot = panel.getByTestId("browser-screenshot");
        assertThat(shot).isVisible();
        page.waitForFunction("img => img.complete && img.naturalWidth > 600", shot.elementHandle());
        documentScreen(page, "browser-panel");
    }
}
