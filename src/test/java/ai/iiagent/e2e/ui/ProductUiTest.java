package ai.iiagent.e2e.ui;

import static ai.iiagent.e2e.ui.Ui.awaitRunStatus;
import static ai.iiagent.e2e.ui.Ui.send;
import static ai.iiagent.e2e.ui.Ui.testId;
import static ai.iiagent.e2e.ui.Ui.toolCard;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.JSHandle;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ColorScheme;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The product journeys of issue #23 on a desktop and a phone viewport: home → agent type → prompt →
 * tool cards by kind (todo, shell with ANSI colours and exit code, file write with a diff, a failing
 * command's clear error) → an answer rendered from Markdown (table, highlighted code, KaTeX math,
 * a safe link); axe-core on each main screen in light and dark; the keyboard shortcuts. Saves the
 * docs/screenshots of both viewports and themes.
 */
@QuarkusTest
@TestProfile(UiTestProfile.class)
class ProductUiTest extends BrowserTestBase {

    private static final Pattern SESSION_URL = Pattern.compile(".*/s/[0-9a-f-]{36}$");

    @Test
    void onADesktop_homeToRenderedAnswer_withToolCardsOfEachKind_andEveryMainScreenPassesAxe() {
        Ui.register(page);
        page.navigate("/");
        assertThat(testId(page, "home-prompt")).isEditable();
        assertThat(testId(page, "home-no-recent")).isVisible(); // a new account: the empty state
        Axe.assertNoSeriousViolations(page, "home");
        documentScreen(page, "home-desktop-light");

        // pick a type, take an example, then write our own prompt: Enter starts the session and sends it
        testId(page, "agent-type-general").click();
        testId(page, "home-example").first().click();
        assertThat(testId(page, "home-prompt")).hasValue(Pattern.compile("markdown demo.*"));
        testId(page, "home-prompt").fill("make a todo list: outline, write, rehearse");
        testId(page, "home-prompt").press("Enter");
        page.waitForURL(SESSION_URL);
        assertThat(page.getByTestId("message-user").first()).hasText("make a todo list: outline, write, rehearse");
        Locator todo = toolCard(page, "TodoWrite");
        assertThat(todo.getByTestId("tool-todos").locator(".todo-text")).hasText(new String[] {"outline", "write", "rehearse"});
        awaitRunStatus(page, "completed");

        testId(page, "composer-input").fill("ship the site: write copy, deploy");
        testId(page, "composer-plan").click();
        assertThat(toolCard(page, "submit_plan").getByTestId("tool-plan").locator("li")).hasText(new String[] {"write copy", "deploy"});
        awaitRunStatus(page, "completed");

        testId(page, "auto-approve").check();
        send(page, "run: printf '\\033[31mred alert\\033[0m and plain\\n'");
        Locator shell = toolCard(page, "Bash");
        assertThat(shell).hasAttribute("data-status", "done");
        assertThat(shell.getByTestId("tool-command")).containsText("printf");
        assertThat(shell.locator(".ansi-output [class*=ansi-red]")).containsText("red alert"); // the colour, not the escape
        assertThat(shell.getByTestId("tool-shell-output")).not().containsText("[31m");
        assertThat(shell.getByTestId("tool-exit-code")).hasText("exit 0");
        assertThat(shell.getByTestId("tool-duration")).isVisible();
        awaitRunStatus(page, "completed");

        send(page, "write notes.md: hello from the diff");
        Locator write = toolCard(page, "Write");
        assertThat(write).hasAttribute("data-status", "done");
        assertThat(write.getByTestId("tool-path")).containsText("notes.md");
        assertThat(write.getByTestId("tool-diff").locator(".diff-add").last()).containsText("hello from the diff");
        awaitRunStatus(page, "completed");

        send(page, "run: ls /does-not-exist");
        Locator failed = toolCard(page, "Bash").last();
        assertThat(failed).hasAttribute("data-status", "error");
        assertThat(failed.getByTestId("tool-error")).containsText("No such file");
        assertThat(failed.getByTestId("tool-error")).not().containsText("Exception");
        failed.getByTestId("tool-details").locator("summary").click(); // the raw JSON stays available
        assertThat(failed.getByTestId("tool-details").locator(".tool-input")).containsText("\"command\"");
        awaitRunStatus(page, "completed");

        send(page, "markdown demo");
        Locator answer = page.getByTestId("message-assistant").last();
        assertThat(answer.locator("table td").first()).hasText("Java");
        Locator code = answer.locator("[data-testid=code-block][data-language=java]");
        assertThat(code.locator("[class^=hljs-]").first()).isVisible();
        assertThat(code.getByTestId("code-copy")).isVisible();
        assertThat(answer.locator(".katex").first()).isVisible();
        assertThat(answer.locator("input[type=checkbox]")).hasCount(2);
        Locator link = answer.locator("a[href='https://example.org/docs']");
        assertThat(link).hasAttribute("rel", "noopener noreferrer");
        assertThat(link).hasAttribute("target", "_blank");
        awaitRunStatus(page, "completed");
        assertThat(testId(page, "run-cost")).hasText(Pattern.compile("^(<0\\.01|\\d+\\.\\d{2})$")); // two decimals
        Axe.assertNoSeriousViolations(page, "session (light)");
        documentScreen(page, "session-desktop-light");

        testId(page, "theme-toggle").click();
        assertThat(page.locator("html")).hasAttribute("data-theme", "dark");
        Axe.assertNoSeriousViolations(page, "session (dark)");
        documentScreen(page, "session-desktop-dark");

        testId(page, "nav-credits").click();
        page.waitForURL(Pattern.compile(".*/credits$"));
        assertThat(testId(page, "credits-balance")).isVisible();
        Axe.assertNoSeriousViolations(page, "credits (dark)");
        testId(page, "nav-settings").click();
        page.waitForURL(Pattern.compile(".*/settings$"));
        assertThat(testId(page, "settings-tab-models")).isVisible();
        Axe.assertNoSeriousViolations(page, "settings (dark)");
        testId(page, "nav-sessions").click();
        assertThat(testId(page, "home-recent").first()).isVisible();
        Axe.assertNoSeriousViolations(page, "home (dark)");
        documentScreen(page, "home-desktop-dark");
        testId(page, "theme-toggle").click();
        testId(page, "nav-credits").click();
        assertThat(testId(page, "credits-balance")).isVisible();
        Axe.assertNoSeriousViolations(page, "credits (light)");
        testId(page, "nav-settings").click();
        assertThat(testId(page, "settings-tab-models")).isVisible();
        Axe.assertNoSeriousViolations(page, "settings (light)");
    }

    @Test
    void onAPhone_theHeaderStaysOnOneLine_theSidebarIsADrawer_andAnAnswerRenders() {
        Ui.register(page); // on a desktop (it waits for the sidebar), then the phone
        page.setViewportSize(390, 844);
        page.navigate("/");
        assertThat(testId(page, "home-prompt")).isEditable();
        assertOneLineHeaderWithoutSidewaysScroll();
        Axe.assertNoSeriousViolations(page, "home (phone)");
        documentScreen(page, "home-phone-light");

        testId(page, "home-example").first().click();
        testId(page, "start-session").click();
        page.waitForURL(SESSION_URL);
        Locator answer = page.getByTestId("message-assistant").last();
        assertThat(answer.locator("table td").first()).hasText("Java");
        assertThat(answer.locator(".katex").first()).isVisible();
        awaitRunStatus(page, "completed");
        assertOneLineHeaderWithoutSidewaysScroll();
        Axe.assertNoSeriousViolations(page, "session (phone)");
        documentScreen(page, "session-phone-light");

        assertThat(testId(page, "new-session")).isHidden(); // the sidebar is a drawer
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Sessions menu")).click();
        assertThat(testId(page, "new-session")).isVisible();
        assertThat(testId(page, "session-item").first()).isVisible();
        page.keyboard().press("Escape");
        testId(page, "session-item").first().locator(".session-title").click();
        assertThat(testId(page, "new-session")).isHidden();

        page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(ColorScheme.DARK));
        page.reload(); // the theme follows the system's choice read at start
        assertThat(page.locator("html")).hasAttribute("data-theme", "dark");
        assertThat(page.getByTestId("message-assistant").last().locator(".katex").first()).isVisible();
        Axe.assertNoSeriousViolations(page, "session (phone, dark)");
        documentScreen(page, "session-phone-dark");
        testId(page, "nav-sessions").click();
        assertThat(testId(page, "home-prompt")).isEditable();
        documentScreen(page, "home-phone-dark");
    }

    @Test
    void theKeyboardShortcuts_openHelp_focusTheBox_stopARun_andStartANewSession() {
        Ui.register(page);
        page.navigate("/");
        assertThat(testId(page, "home-prompt")).isEditable();
        page.locator("body").press("?");
        Locator help = testId(page, "shortcuts-dialog");
        assertThat(help).isVisible();
        assertThat(help).containsText("Stop the running agent");
        page.keyboard().press("Escape");
        assertThat(help).isHidden();
        page.locator("body").press("/");
        assertThat(testId(page, "home-prompt")).isFocused();
        page.keyboard().type("answer slowly please");
        page.keyboard().press("Enter");
        page.waitForURL(SESSION_URL);
        awaitRunStatus(page, "running");
        assertThat(page.getByTestId("message-assistant").last()).containsText("deliberately slow");
        page.keyboard().press("Escape");
        awaitRunStatus(page, "cancelled");
        page.keyboard().press("Alt+Shift+N");
        page.waitForURL(Pattern.compile(".*/$"));
        assertThat(testId(page, "home-recent").first()).isVisible();
    }

    @Test
    void filesDroppedOnHomeGoWithTheFirstMessage_andTheInterfaceSpeaksGerman() {
        Ui.register(page);
        page.navigate("/");
        JSHandle files = page.evaluateHandle("() => { const d = new DataTransfer();"
                + " d.items.add(new File(['remember the milk'], 'notes.txt', { type: 'text/plain' })); return d; }");
        testId(page, "home-dropzone").dispatchEvent("dragover", Map.of("dataTransfer", files));
        testId(page, "home-dropzone").dispatchEvent("drop", Map.of("dataTransfer", files));
        assertThat(testId(page, "home-attachment")).containsText("notes.txt");
        testId(page, "home-prompt").fill("make a todo list: read the notes");
        testId(page, "start-session").click();
        page.waitForURL(SESSION_URL);
        Locator sent = page.getByTestId("message-user").first();
        assertThat(sent).containsText("make a todo list: read the notes");
        assertThat(sent).containsText("notes.txt"); // uploaded to the new session and sent with the query
        assertThat(toolCard(page, "TodoWrite")).hasAttribute("data-status", "done");
        awaitRunStatus(page, "completed");

        testId(page, "nav-settings").click();
        testId(page, "settings-tab-language").click();
        testId(page, "ui-language-select").selectOption("de"); // stored, then the page reloads in German
        assertThat(testId(page, "nav-sessions")).hasText("Sitzungen");
        assertThat(page.locator("html")).hasAttribute("lang", "de");
        testId(page, "nav-sessions").click();
        assertThat(page.locator("h1")).hasText("Was soll der Agent tun?");
        assertThat(testId(page, "home-recent").first().locator("time")).hasText(Pattern.compile("gerade eben|vor \\d+ (Sekunden|Minuten?)"));
        Axe.assertNoSeriousViolations(page, "home (German)");
    }

    private void assertOneLineHeaderWithoutSidewaysScroll() {
        double height = page.locator(".topbar").boundingBox().height;
        assertThat(height).as("header height (one line)").isLessThan(60);
        Object overflow = page.evaluate("() => Math.max(...[document.documentElement, document.querySelector('main')]"
                + ".map((e) => e.scrollWidth - e.clientWidth))");
        assertThat(((Number) overflow).intValue()).as("sideways scroll of the page or the main area").isLessThanOrEqualTo(0);
        Object navClipped = page.evaluate("() => { const n = document.querySelector('.topbar nav'); return n.scrollWidth - n.clientWidth; }");
        assertThat(((Number) navClipped).intValue()).as("navigation links cut off").isLessThanOrEqualTo(0);
    }
}
