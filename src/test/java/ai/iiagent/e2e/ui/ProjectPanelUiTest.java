package ai.iiagent.e2e.ui;

import static ai.iiagent.e2e.ui.Ui.awaitRunStatus;
import static ai.iiagent.e2e.ui.Ui.send;
import static ai.iiagent.e2e.ui.Ui.testId;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.FrameLocator;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.assertions.LocatorAssertions;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The project panel in a real browser (docs/projects.md, docs/ui.md): a {@code website_build} session on
 * the offline model scaffolds the full-stack template in the real sandbox; the panel shows the running
 * site in the preview iframe (through the app's preview listener), an item added there appears in the
 * database browser, secrets are added, updated and removed by name without their values ever reaching
 * the page, a subdomain is checked and claimed, the deploy shows its phases as they happen and ends
 * with the live URL, the live site opens in a new tab, and undeploy takes it down.
 */
@QuarkusTest
@TestProfile(UiTestProfile.class)
class ProjectPanelUiTest extends BrowserTestBase {

    private static final double BUILD_MS = 6 * WAIT_MS;
    private static final LocatorAssertions.HasAttributeOptions DEPLOY =
            new LocatorAssertions.HasAttributeOptions().setTimeout(6 * WAIT_MS);

    @Test
    void givenABuiltSite_thenPreviewDatabaseSecretsAndDeployWorkFromThePanel() {
        Ui.register(page);
        page.navigate("/");
        testId(page, "agent-type-website_build").click();
        testId(page, "start-session").click();
        page.waitForURL(Pattern.compile(".*/s/[0-9a-f-]+$"));
        testId(page, "auto-approve").check();
        // Chromium logs every failed fetch: the deploy tab's first look finds no deployment (404), and the
        // live page is asked for again after undeploy (404).
        expectConsoleError("404.*(/deployment|/sites/)");
        send(page, "build site: shop");
        awaitRunStatus(page, "completed", BUILD_MS);

        // Preview: the dev server's page, from its own origin, in the iframe.
        Locator panel = testId(page, "project-panel");
        assertThat(panel).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(2 * WAIT_MS));
        assertThat(testId(page, "project-framework")).hasText("fullstack");
        assertThat(testId(page, "preview-frame")).hasAttribute("src", Pattern.compile("^http://p3000-[0-9a-f]{32}-"));
        FrameLocator site = page.frameLocator("[data-testid=preview-frame]");
        assertThat(site.locator("h1")).hasText("shop");
        assertThat(site.locator("#status")).hasText("Database connected.");
        site.locator("input[name=title]").fill("first item from the preview");
        site.locator("button").click();
        assertThat(site.locator("#items")).containsText("first item from the preview");
        documentScreen(page, "project-panel");

        // Database: the table the template made, with the row added through the preview.
        testId(page, "project-tab-database").click();
        testId(page, "db-table").and(page.locator("[data-table=items]")).click();
        assertThat(testId(page, "db-records").locator("th")).containsText(new String[] {"id", "title"});
        assertThat(testId(page, "db-row")).hasCount(1);
        assertThat(testId(page, "db-row")).containsText("first item from the preview");
        assertThat(testId(page, "db-page-info")).hasText("Rows 1–1 of 1");
        assertThat(testId(page, "db-next")).isDisabled();
        documentScreen(page, "project-database");

        // Secrets: by name only; the value typed never comes back to the page.
        testId(page, "project-tab-secrets").click();
        String value = "s3cret-" + UUID.randomUUID();
        testId(page, "secret-name").fill("PAYMENT_KEY");
        testId(page, "secret-value").fill(value);
        testId(page, "secret-save").click();
        assertThat(page.locator("[data-testid=secret-row][data-name=PAYMENT_KEY]")).isVisible();
        assertThat(testId(page, "secret-value")).hasValue("");
        page.locator("[data-testid=secret-row][data-name=PAYMENT_KEY]").getByTestId("secret-edit").click();
        assertThat(testId(page, "secret-save")).hasText("Update");
        testId(page, "secret-value").fill(value + "-2");
        testId(page, "secret-save").click();
        assertThat(testId(page, "secret-name")).hasValue(""); // saved: the form is emptied
        assertThat(testId(page, "secret-row")).hasCount(1);
        testId(page, "secret-name").fill("OTHER_KEY");
        testId(page, "secret-value").fill("x");
        testId(page, "secret-save").click();
        assertThat(testId(page, "secret-row")).hasCount(2);
        page.locator("[data-testid=secret-row][data-name=OTHER_KEY]").getByTestId("secret-remove").click();
        assertThat(testId(page, "secret-row")).hasCount(1);
        testId(page, "project-tab-database").click();
        testId(page, "project-tab-secrets").click(); // the names loaded afresh from the server
        assertThat(testId(page, "secret-row")).hasCount(1);
        assertThat(testId(page, "secret-row")).hasAttribute("data-name", "PAYMENT_KEY");
        org.assertj.core.api.Assertions.assertThat(page.content()).doesNotContain(value);

        // Subdomain: a reserved name is refused, a free one checked and claimed.
        testId(page, "project-tab-deploy").click();
        testId(page, "subdomain-input").fill("admin");
        testId(page, "subdomain-check").click();
        assertThat(testId(page, "subdomain-availability")).hasAttribute("data-available", "false");
        assertThat(testId(page, "subdomain-claim")).isDisabled();
        String sub = "shop-" + UUID.randomUUID().toString().substring(0, 6);
        testId(page, "subdomain-input").fill(sub);
        testId(page, "subdomain-check").click();
        assertThat(testId(page, "subdomain-availability")).hasAttribute("data-available", "true");
        testId(page, "subdomain-claim").click();
        assertThat(testId(page, "subdomain-claimed")).containsText(sub);

        // Deploy: every phase shown while it runs (recorded as the list changes), then all done and the URL.
        page.evaluate("() => { window.__activePhases = new Set(); new MutationObserver(() => document"
                + ".querySelectorAll('[data-testid=deploy-phase][data-state=active]').forEach(e => window.__activePhases"
                + ".add(e.dataset.phase))).observe(document.body, {subtree: true, childList: true, attributes: true}); }");
        testId(page, "deploy-button").click();
        assertThat(page.locator("[data-testid=deploy-phase][data-phase=route]")).hasAttribute("data-state", "done", DEPLOY);
        assertThat(testId(page, "deploy-phase")).hasCount(6);
        for (Locator phase : testId(page, "deploy-phase").all()) {
            assertThat(phase).hasAttribute("data-state", "done");
        }
        @SuppressWarnings("unchecked")
        List<String> seenActive = (List<String>) page.evaluate("() => [...window.__activePhases]");
        org.assertj.core.api.Assertions.assertThat(seenActive).as("phases shown in progress").hasSizeGreaterThanOrEqualTo(2);
        assertThat(testId(page, "deploy-status")).hasText("deployed");
        Locator url = testId(page, "deploy-url");
        assertThat(url).containsText("/sites/" + sub + "/");
        documentScreen(page, "project-deploy");

        // The live site, served by the app from the deployed copy. The link names APP_PUBLIC_URL (in tests the
        // configured port, not the random test port), so the page is opened at the link's path on this app.
        org.assertj.core.api.Assertions.assertThat(url.getAttribute("target")).isEqualTo("_blank");
        String href = url.getAttribute("href");
        Page live = context.newPage();
        live.navigate(href.substring(href.indexOf("/sites/")));
        assertThat(live.locator("h1")).hasText("shop");
        assertThat(live.locator("#items")).containsText("first item from the preview");

        // Undeploy: the site is gone.
        testId(page, "undeploy-button").click();
        assertThat(testId(page, "deploy-status")).hasText("stopped");
        assertThat(testId(page, "deploy-url")).hasCount(0);
        Response gone = live.reload();
        org.assertj.core.api.Assertions.assertThat(gone.status()).isEqualTo(404);
    }
}
