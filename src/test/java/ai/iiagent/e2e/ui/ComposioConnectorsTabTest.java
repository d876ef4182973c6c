package ai.iiagent.e2e.ui;

import static ai.iiagent.e2e.ui.Ui.testId;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import ai.iiagent.e2e.integrations.ComposioStandIn;
import com.microsoft.playwright.Route;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The Connectors tab's Composio section and Drive import in the file picker, in Chromium: browse the
 * toolkit catalogue, connect Gmail as a profile (Composio's page stands in as a redirect straight back
 * to the callback page with the connected account, as Composio sends it), choose its tools, sync it to
 * the agent; then connect Google Drive and import a Drive file (pasted link) as an attachment of a
 * session. Saved as docs/screenshots/connectors-composio.png.
 */
@QuarkusTest
@TestProfile(ComposioUiTestProfile.class)
class ComposioConnectorsTabTest extends BrowserTestBase {

    @Test
    void givenComposio_whenAToolkitIsConnectedChosenAndSynced_thenTheProfileShowsIt_andDriveFilesAttach() {
        Ui.register(page);
        openConnectors();
        testId(page, "composio-search").fill("mail");
        testId(page, "composio-browse").click();
        assertThat(testId(page, "composio-toolkit")).hasCount(2);
        assertThat(testId(page, "composio-toolkit").first()).containsText("Gmail");

        page.route("https://backend.composio.dev/api/v3/s/**", (Route route) -> route.fulfill(new Route.FulfillOptions()
                .setStatus(302).setHeaders(Map.of("Location", baseUrl() + "/connectors/composio/callback?status=success"
                        + "&connected_account_id=" + ComposioStandIn.GMAIL_ACCOUNT))));
        testId(page, "composio-profile-name-gmail").fill("Work");
        testId(page, "composio-connect-gmail").click();
        assertThat(testId(page, "connector-callback-result")).hasText("Connected Gmail (Work).");
        testId(page, "connector-callback-back").click();
        testId(page, "settings-tab-connectors").click();
        assertThat(testId(page, "composio-profile")).hasCount(1);
        assertThat(testId(page, "composio-profile-status")).hasText("Enabled");

        testId(page, "composio-tools").click();
        assertThat(testId(page, "composio-tool")).hasCount(2);
        page.locator("[data-testid=composio-tool][value=GMAIL_SEND_EMAIL]").check();
        testId(page, "composio-tools-save").click();
        assertThat(testId(page, "composio-profile-status")).containsText("1 tool chosen");
        testId(page, "composio-sync").click();
        assertThat(testId(page, "composio-profile-status")).containsText("in the agent's tools as mcp_gmail-Work_");
        documentScreen(page, "connectors-composio");

        page.route("https://accounts.example/o/oauth2/v2/auth**", (Route route) -> {
            Map<String, String> query = query(URI.create(route.request().url()).getRawQuery());
            route.fulfill(new Route.FulfillOptions().setStatus(302).setHeaders(Map.of("Location",
                    baseUrl() + "/connectors/google-drive/callback?code=good-code&state=" + query.get("state"))));
        });
        testId(page, "connector-connect-google-drive").click();
        assertThat(testId(page, "connector-callback-result")).hasText("Connected as ada@example.org.");

        Ui.newSession(page);
        testId(page, "composer-drive").click();
        testId(page, "composer-drive-links").fill("https://drive.google.com/file/d/1qR7xPdfReport_AbCdEfGh/view?usp=sharing");
        testId(page, "composer-drive-import").click();
        assertThat(page.locator(".attachments li")).hasCount(1);
        assertThat(page.locator(".attachments li").first()).containsText("Quarterly report.pdf");
    }

    private void openConnectors() {
        testId(page, "nav-settings").click();
        page.waitForURL(Pattern.compile(".*/settings$"));
        testId(page, "settings-tab-connectors").click();
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> params = new LinkedHashMap<>();
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            params.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return params;
    }
}
