package ai.iiagent.e2e.ui;

import static ai.iiagent.e2e.ui.Ui.awaitRunStatus;
import static ai.iiagent.e2e.ui.Ui.send;
import static ai.iiagent.e2e.ui.Ui.testId;
import static ai.iiagent.e2e.ui.Ui.toolCard;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The other main screens, each also saved for docs/screenshots: sign-in (with a wrong password),
 * keyboard reachability of the composer, the settings tabs and the dark theme.
 */
@QuarkusTest
@TestProfile(UiTestProfile.class)
class ScreensTest extends BrowserTestBase {

    @Test
    void givenAWrongPassword_thenTheSignInFormSaysSo_andStaysOnLogin() {
        // The browser logs every 4xx fetch as a console error: this 401 is the point of the test.
        expectConsoleError("status of 401");
        page.navigate("/");
        page.waitForURL(Pattern.compile(".*/login$")); // signed out: the app sends us to sign in
        documentScreen(page, "login");
        testId(page, "auth-email").fill("nobody@example.org");
        testId(page, "auth-password").fill("wrong password");
        testId(page, "auth-submit").click();
        assertThat(testId(page, "auth-error")).isVisible();
        assertThat(page).hasURL(Pattern.compile(".*/login$"));
    }

    @Test
    void givenTheSessionView_thenTabReachesTheComposer_andEnterOnSendSendsTheMessage() {
        Ui.register(page);
        Ui.newSession(page);
        page.reload(); // focus starts at the top of the document
        assertThat(testId(page, "composer-input")).isEditable();
        List<String> visited = tabUntil("composer-input");
        page.keyboard().type("hello from the keyboard");
        visited.addAll(tabUntil("composer-send"));
        page.keyboard().press("Enter");
        assertThat(page.getByTestId("message-user")).hasText("hello from the keyboard");
        assertThat(page.getByTestId("message-assistant").last()).containsText("Offline demo model here");
        awaitRunStatus(page, "completed");
        assertThat(visited).as("focus order").contains("new-session", "nav-credits", "nav-settings");
    }

    @Test
    void givenSettings_thenEveryTabOpens_andTheDarkThemeAppliesEverywhere() {
        Ui.register(page);
        testId(page, "nav-settings").click();
        page.waitForURL(Pattern.compile(".*/settings$"));
        for (String tab : List.of("models", "mcp", "skills", "keys", "language")) {
            testId(page, "settings-tab-" + tab).click();
            assertThat(testId(page, "settings-tab-" + tab)).hasAttribute("aria-selected", "true");
        }
        testId(page, "settings-tab-models").click();
        assertThat(page.locator("main")).containsText("offline demo model",
                new LocatorAssertions.ContainsTextOptions().setIgnoreCase(true));
        documentScreen(page, "settings");

        assertThat(page.locator("html")).hasAttribute("data-theme", "light");
        testId(page, "theme-toggle").click();
        assertThat(page.locator("html")).hasAttribute("data-theme", "dark");
        Ui.newSession(page);
        send(page, "make a todo list: sketch, build, ship");
        assertThat(toolCard(page, "TodoWrite")).hasAttribute("data-status", "done");
        awaitRunStatus(page, "completed");
        page.reload(); // the choice is remembered
        assertThat(page.locator("html")).hasAttribute("data-theme", "dark");
        assertThat(toolCard(page, "TodoWrite")).isVisible();
        documentScreen(page, "session-dark");
    }

    @Test
    void givenAGoal_thenThePlanPanelShowsMilestones_andExecutingOneCompletesIt() {
        Ui.register(page);
        Ui.newSession(page);
        Locator panel = testId(page, "plan-panel");
        panel.getByTestId("plan-input").fill("ship the site: write copy, build pages, deploy");
        panel.getByTestId("plan-generate").click();
        Locator milestones = panel.getByTestId("plan-milestone");
        assertThat(milestones).containsText(new String[] {"write copy", "build pages", "deploy"});
        assertThat(panel).containsText("ship the site"); // the summary is the goal
        awaitRunStatus(page, "completed");
        milestones.nth(0).getByRole(AriaRole.CHECKBOX).uncheck();
        milestones.nth(2).getByRole(AriaRole.CHECKBOX).uncheck();
        panel.getByTestId("plan-execute").click();
        assertThat(milestones.nth(1)).hasAttribute("data-status", "completed");
        awaitRunStatus(page, "completed");
        assertThat(page.getByTestId("message-assistant").last()).containsText("Working on: build pages.");
        assertThat(milestones.nth(0)).hasAttribute("data-status", "pending");
        assertThat(milestones.nth(2)).hasAttribute("data-status", "pending");
        documentScreen(page, "plan-panel");
    }

    @Test
    void givenAQuestionWithOptions_whenOneIsChosen_thenTheRunGoesOnWithIt() {
        Ui.register(page);
        Ui.newSession(page);
        send(page, "which colour should the logo be?");
        Locator dialog = testId(page, "approval-dialog");
        assertThat(dialog).containsText("which colour should the logo be?");
        assertThat(toolCard(page, "ask_user_select")).hasAttribute("data-status", "waiting");
        assertThat(dialog.getByTestId("select-option")).hasText(new String[] {"Option A", "Option B", "Option C"});
        dialog.getByTestId("select-option").nth(1).click();
        assertThat(dialog).isHidden();
        assertThat(toolCard(page, "ask_user_select")).hasAttribute("data-status", "done");
        assertThat(page.getByTestId("message-assistant").last()).containsText("The user chose: Option B");
        awaitRunStatus(page, "completed");
    }

    @Test
    void givenASandboxTheAgentStarted_whenATerminalIsOpened_thenItRunsCommandsInTheWorkspace() {
        Ui.register(page);
        Ui.newSession(page);
        page.getByTestId("auto-approve").check();
        send(page, "run: echo made-by-the-agent > note.txt");
        awaitRunStatus(page, "completed");
        assertThat(page.getByTestId("sandbox-status")).hasAttribute("data-status", "running");

        page.getByTestId("terminal-open").click();
        Locator screen = page.getByTestId("terminal-screen");
        assertThat(screen).hasAttribute("data-phase", "open");
        screen.click();
        page.keyboard().type("cat note.txt; echo $((6 * 7))x");
        page.keyboard().press("Enter");
        assertThat(screen).containsText("42x");
        assertThat(screen).containsText("made-by-the-agent");
        documentScreen(page, "terminal");

        page.keyboard().type("exit");
        page.keyboard().press("Enter");
        assertThat(page.getByTestId("terminal-state")).containsText("Terminal closed (exit 0)");
        page.getByTestId("terminal-close").click();
        assertThat(page.getByTestId("terminal-open")).isEnabled();
    }

    @Test
    void givenTheNewSessionScreen_thenTypesAreOfferedWithDescriptions_unavailableOnesDisabled_andTheChoiceRuns() {
        Ui.register(page);
        page.navigate("/");
        Locator codex = testId(page, "agent-type-codex"); // the test profile has no npm: the CLI cannot be installed
        assertThat(codex).containsText("Not available yet");
        assertThat(codex).containsText("npm");
        assertThat(codex.locator("input")).isDisabled();
        assertThat(testId(page, "agent-type-general").locator("input")).isChecked();
        assertThat(testId(page, "agent-type-task_agent")).containsText("Carries out one well-defined task");
        testId(page, "agent-type-task_agent").click();
        assertThat(testId(page, "agent-type-task_agent").locator("input")).isChecked();
        documentScreen(page, "agent-types");
        testId(page, "start-session").click();
        page.waitForURL(Pattern.compile(".*/s/[0-9a-f-]+$"));
        send(page, "work on: the release notes");
        assertThat(toolCard(page, "TodoWrite")).hasAttribute("data-status", "done"); // task_agent's lead tool
        awaitRunStatus(page, "completed");
    }

    /** Presses Tab until the element with this test id has focus; answers the test ids passed on the way. */
    private List<String> tabUntil(String testId) {
        List<String> visited = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            page.keyboard().press("Tab");
            String focused = (String) page.evaluate("() => document.activeElement?.dataset?.testid ?? ''");
            visited.add(focused);
            if (focused.equals(testId)) {
                return visited;
            }
        }
        throw new AssertionError("Tab never reached " + testId + "; visited " + visited);
    }
}
