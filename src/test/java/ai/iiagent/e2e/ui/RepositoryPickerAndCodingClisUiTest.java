package ai.iiagent.e2e.ui;

import static ai.iiagent.e2e.ui.Ui.testId;
import static ai.iiagent.e2e.ui.Ui.toolCard;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import ai.iiagent.e2e.integrations.GitHubStandIn;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.assertions.LocatorAssertions;
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
 * In a browser (issue 22): the new-session screen's repository picker (shown once GitHub is
 * connected; the chosen repository is cloned into the workspace with the first query, where the
 * agent's shell reads it), and the "Codex &amp; Claude Code" settings tab (an API key saved and never
 * shown again; Claude Code signed in by pasting the code Anthropic's page shows, exchanged on
 * WireMock). Saved as docs/screenshots/new-session-repository.png and coding-clis-settings.png.
 */
@QuarkusTest
@TestProfile(CodingClisUiTestProfile.class)
class RepositoryPickerAndCodingClisUiTest extends BrowserTestBase {

    @Test
    void givenAConnectedGitHubAccount_whenARepositoryIsPicked_thenTheFirstQueryWorksInItsClone() {
        Ui.register(page);
        page.navigate("/");
        assertThat(testId(page, "home-prompt")).isEditable();
        assertThat(testId(page, "home-repository")).hasCount(0); // not connected: no picker
        connectGitHub();

        page.navigate("/");
        Locator select = testId(page, "home-repository-select");
        assertThat(select).isVisible();
        assertThat(select.locator("option")).hasCount(3); // "No repository" and the two of the transcript
        select.selectOption("octocat/Hello-World");
        testId(page, "home-prompt").fill("run: cat Hello-World/README");
        documentScreen(page, "new-session-repository");
        testId(page, "start-session").click();

        testId(page, "approval-approve").click();
        // the clone is in /workspace/Hello-World before the first model turn: the agent's shell reads it
        // (the server adds a line naming the path to the query, which the scripted model runs too, so the
        // card's exit status is not the point here) and the workspace panel lists it
        Locator card = toolCard(page, "Bash");
        assertThat(card).containsText("My first repository on GitHub!", new LocatorAssertions.ContainsTextOptions().setTimeout(60_000));
        assertThat(testId(page, "file-tree")).containsText("Hello-World");
        assertThat(testId(page, "file-tree")).containsText("README");
    }

    @Test
    void givenTheCodingClisTab_thenCodexTakesAKeyAndClaudeCodeSignsInWithThePastedCode() {
        Ui.register(page);
        testId(page, "nav-settings").click();
        page.waitForURL(Pattern.compile(".*/settings$"));
        testId(page, "settings-tab-coding-clis").click();
        assertThat(testId(page, "codex-status")).hasText("Not set up");
        assertThat(testId(page, "claude-code-status")).hasText("Not signed in");

        testId(page, "codex-api-key").fill("sk-proj-ui-test-key-0123456789");
        testId(page, "codex-model").fill("gpt-5-codex");
        testId(page, "codex-effort").selectOption("high");
        testId(page, "codex-save").click();
        assertThat(testId(page, "codex-status")).hasText("Set up with an API key, model gpt-5-codex");
        assertThat(testId(page, "codex-api-key")).hasValue("");
        assertThat(page.locator("body")).not().containsText("sk-proj-ui-test-key");

        // Anthropic's authorisation page: the user allows access there and copies the code it shows.
        page.context().route("https://claude.ai/oauth/authorize**", (Route route) -> route.fulfill(
                new Route.FulfillOptions().setStatus(200).setContentType("text/html").setBody("<p>Paste this code</p>")));
        Page anthropic = page.waitForPopup(() -> testId(page, "claude-code-sign-in").click());
        String state = query(URI.create(anthropic.url()).getRawQuery()).get("state");
        anthropic.close();
        testId(page, "claude-code-code").fill("good-code#" + state);
        documentScreen(page, "coding-clis-settings");
        testId(page, "claude-code-submit").click();
        assertThat(testId(page, "claude-code-status")).hasText("Signed in");
        testId(page, "claude-code-remove").click();
        assertThat(testId(page, "claude-code-status")).hasText("Not signed in");
        testId(page, "codex-remove").click();
        assertThat(testId(page, "codex-status")).hasText("Not set up");
    }

    private void connectGitHub() {
        testId(page, "nav-settings").click();
        page.waitForURL(Pattern.compile(".*/settings$"));
        testId(page, "settings-tab-connectors").click();
        page.route(GitHubStandIn.server.baseUrl() + "/login/oauth/authorize**", (Route route) -> {
            Map<String, String> query = query(URI.create(route.request().url()).getRawQuery());
            route.fulfill(new Route.FulfillOptions().setStatus(302).setHeaders(Map.of("Location",
                    baseUrl() + "/connectors/github/callback?code=good-code&state=" + query.get("state"))));
        });
        testId(page, "connector-connect-github").click();
        assertThat(testId(page, "connector-callback-result")).hasText("Connected as octocat.");
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
