package ai.iiagent.e2e.ui;

import static ai.iiagent.e2e.ui.Ui.awaitRunStatus;
import static ai.iiagent.e2e.ui.Ui.send;
import static ai.iiagent.e2e.ui.Ui.testId;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Design mode, version history, the templates gallery and the public deck page in a real browser
 * (docs/slides.md): the offline model writes a deck; an element of slide 1 is picked in the design
 * frame and its text changed, saved (design sync) and still there after a reload; the history shows
 * both versions and a revert brings the first text back; a template is added as slide 4; once the
 * session is published a signed-out visitor sees the deck on the share page and can present it.
 */
@QuarkusTest
@TestProfile(UiTestProfile.class)
class SlidesDesignUiTest extends BrowserTestBase {

    @Test
    void givenADeck_thenADesignEditPersists_theHistoryReverts_aTemplateIsAdded_andThePublicPageShowsTheDeck() {
        Ui.register(page);
        page.navigate("/");
        testId(page, "agent-type-slide").click();
        testId(page, "start-session").click();
        page.waitForURL(Pattern.compile(".*/s/[0-9a-f-]+$"));
        send(page, "work on: design review");
        awaitRunStatus(page, "completed");
        assertThat(testId(page, "slides-thumb")).hasCount(3);

        testId(page, "slides-design-open").click();
        assertThat(testId(page, "slides-design")).isVisible();
        assertThat(testId(page, "design-frame")).hasAttribute("sandbox", "allow-same-origin");
        Locator heading = page.frameLocator("[data-testid=design-frame]").locator("h1").first();
        assertThat(heading).containsText("design review");
        BoundingBox box = heading.boundingBox();
        page.mouse().click(box.x + box.width / 2, box.y + box.height / 2);
        assertThat(testId(page, "design-inspector")).isVisible();
        testId(page, "design-text").fill("Edited in design mode");
        assertThat(heading).hasText("Edited in design mode");
        testId(page, "design-size").fill("40");
        documentScreen(page, "slides-design");
        testId(page, "design-save").click();
        assertThat(testId(page, "design-message")).hasText("Saved as version 2");
        assertThat(testId(page, "design-version")).hasCount(2);
        testId(page, "design-close").click();

        page.reload();
        Locator firstThumb = page.frameLocator("[data-testid=slides-thumb] >> nth=0 >> iframe").locator("h1");
        assertThat(firstThumb).hasText("Edited in design mode");
        assertThat(firstThumb).hasAttribute("style", Pattern.compile("font-size: 40px"));

        testId(page, "slides-design-open").click();
        assertThat(testId(page, "design-version")).hasCount(2);
        testId(page, "design-revert").click();
        assertThat(testId(page, "design-message")).hasText("Reverted: version 1 is now version 3");
        assertThat(testId(page, "design-version")).hasCount(3);
        assertThat(page.frameLocator("[data-testid=design-frame]").locator("h1").first()).containsText("design review");
        documentScreen(page, "slides-history");
        testId(page, "design-close").click();

        testId(page, "slides-templates-open").click();
        assertThat(testId(page, "template-card").filter(new Locator.FilterOptions().setHasText("Section divider (accent)")))
                .hasCount(1);
        testId(page, "templates-search").fill("quote (dark)");
        assertThat(testId(page, "template-card")).hasCount(1);
        documentScreen(page, "slides-templates");
        testId(page, "template-add").click();
        assertThat(testId(page, "templates-message")).hasText("Added \"Quote (dark)\" as slide 4");
        assertThat(testId(page, "slides-thumb")).hasCount(4);

        testId(page, "share-button").click();
        testId(page, "share-publish").click();
        assertThat(testId(page, "share-link")).isVisible();
        String sessionId = page.url().replaceAll(".*/s/", "");
        Page visitor = newContext().newPage();
        visitor.navigate(baseUrl() + "/share/" + sessionId);
        assertThat(visitor.getByTestId("public-view")).isVisible();
        assertThat(visitor.getByTestId("slides-thumb")).hasCount(4);
        assertThat(visitor.getByTestId("slides-design-open")).hasCount(0);
        visitor.getByTestId("slides-present").click();
        assertThat(visitor.getByTestId("slides-counter")).hasText("1 / 4");
        visitor.keyboard().press("End");
        assertThat(visitor.getByTestId("slides-counter")).hasText("4 / 4");
        visitor.keyboard().press("Escape");
        documentScreen(visitor, "slides-public");
        visitor.close();
    }
}
