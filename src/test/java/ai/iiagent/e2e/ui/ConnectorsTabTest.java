package ai.iiagent.e2e.ui;

import static ai.iiagent.e2e.ui.Ui.testId;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import ai.iiagent.e2e.integrations.GitHubStandIn;
import com.microsoft.playwright.Route;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The Connectors settings tab in a browser: GitHub not connected, connected through the OAuth round
 * trip (GitHub's authorisation page stands in as a redirect straight back to the callback page with a
 * code, as GitHub sends it after the user approves), its repositories listed, then disconnected;
 * providers the server has no client for are shown as such. Saved as docs/screenshots/connectors.png.
 */
@QuarkusTest
@TestProfile(ConnectorsUiTestProfile.class)
class ConnectorsTabTest extends BrowserTestBase {

    @Test
    void givenTheConnectorsTab_whenGitHubIsConnectedAndDisconnected_thenTheTabFollows() {
        Ui.register(page);
        testId(page, "nav-settings").click();
        page.waitForURL(Pattern.compile(".*/settings$"));
        testId(page, "settings-tab-connectors").click();
        assertThat(testId(page, "connector-status-github")).hasText("Not connected");
        assertThat(testId(page, "connector-status-google-drive")).hasText("Not configured on this server");
        assertThat(testId(page, "connector-connect-google-drive")).isDisabled();

        // GitHub, after the user approves, redirects to the registered callback with code and state.
        page.route(GitHubStandIn.server.baseUrl() + "/login/oauth/authorize**", (Route route) -> {
            Map<String, String> query = query(URI.create(route.request().url()).getRawQuery());
            route.fulfill(new Route.FulfillOptions().setStatus(302).setHeaders(Map.of("Location",
                    baseUrl() + "/connectors/github/callback?code=good-code&state=" + query.get("state"))));
        });
        testId(page, "connector-connect-github").click();
        assertThat(testId(page, "connector-callback-result")).hasText("Connected as octocat.");
        testId(page, "connector-callback-back").click();
        testId(page, "settings-tab-connectors").click();
        assertThat(testId(page, "connector-status-github")).hasText("Connected as octocat");
        testId(page, "connector-repositories-github").click();
        assertThat(testId(page, "connector-repository")).hasCount(2);
        assertThat(testId(page, "connector-repository").first()).containsText("octocat/Hello-World");
        documentScreen(page, "connectors");

        testId(page, "connector-disconnect-github").click();
        assertThat(testId(page, "connector-status-github")).hasText("Not connected");
        assertThat(testId(page, "connector-repository-list")).hasCount(0);
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> params = new java.util.LinkedHashMap<>();
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            params.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return params;
    }
}
