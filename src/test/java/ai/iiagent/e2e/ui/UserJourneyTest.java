package ai.iiagent.e2e.ui;

import static ai.iiagent.e2e.ui.Ui.awaitRunStatus;
import static ai.iiagent.e2e.ui.Ui.send;
import static ai.iiagent.e2e.ui.Ui.testId;
import static ai.iiagent.e2e.ui.Ui.toolCard;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The journey of issue #11 in a real browser against the app on real PostgreSQL, with the offline
 * scripted model: register → new session → streamed answer and a tool card → approve a shell
 * command → stop a run → reload mid-run and find the whole history once → publish and open the
 * public link signed out → the credits page shows what the runs cost.
 */
@QuarkusTest
@TestProfile(UiTestProfile.class)
class UserJourneyTest extends BrowserTestBase {

    private static final String SLOW_SENTENCE = "This is a deliberately slow answer from the offline demo model.";

    @Test
    void givenANewAccount_whenItWorksThroughASession_thenEachStepShowsInTheBrowser() {
        Ui.register(page);
        BigDecimal before = balance();
        page.navigate("/");
        String sessionId = Ui.newSession(page);

        streamedAnswerWithToolCard();
        approvedShellCommand();
        stoppedRun();
        reloadedMidRun();
        publishedAndOpenedSignedOut(sessionId);
        creditsShowTheRunsCost(sessionId, before);
    }

    private void streamedAnswerWithToolCard() {
        send(page, "make a todo list: buy milk, write code");
        assertThat(page.getByTestId("message-user").last()).containsText("make a todo list");
        Locator card = toolCard(page, "TodoWrite");
        assertThat(card).hasAttribute("data-status", "done");
        assertThat(card).containsText("buy milk");
        assertThat(page.getByTestId("message-assistant").last()).containsText("TodoWrite said");
        awaitRunStatus(page, "completed");
        assertThat(testId(page, "model-label")).containsText("offline demo model", ignoringCase());
        assertThat(Ui.number(testId(page, "run-cost"))).isPositive();
        documentScreen(page, "session-tool-card");
    }

    private void approvedShellCommand() {
        send(page, "run: echo hello from the browser");
        Locator dialog = testId(page, "approval-dialog");
        assertThat(dialog).isVisible();
        assertThat(dialog).containsText("echo hello from the browser");
        awaitRunStatus(page, "waiting");
        documentScreen(page, "approval-dialog");
        testId(page, "approval-approve").click();
        assertThat(dialog).isHidden();
        Locator card = toolCard(page, "Bash");
        assertThat(card).hasAttribute("data-status", "done",
                new LocatorAssertions.HasAttributeOptions().setTimeout(2 * WAIT_MS)); // a session's first sandbox starts cold
        assertThat(card).containsText("hello from the browser");
        awaitRunStatus(page, "completed");
    }

    private void stoppedRun() {
        send(page, "answer slowly please");
        awaitRunStatus(page, "running");
        assertThat(page.getByTestId("message-assistant").last()).containsText("deliberately slow");
        testId(page, "composer-stop").click();
        awaitRunStatus(page, "cancelled");
        assertThat(testId(page, "composer-stop")).isHidden();
        assertThat(testId(page, "composer-send")).isVisible();
    }

    /** A reload mid-stream: the page rebuilds from the stored events and the live rest, nothing twice. */
    private void reloadedMidRun() {
        List<String> asked = List.of("make a todo list: buy milk, write code", "run: echo hello from the browser",
                "answer slowly please", "slowly once more, then reload");
        send(page, asked.get(3));
        awaitRunStatus(page, "running");
        assertThat(page.getByTestId("message-assistant").last()).containsText("deliberately slow");
        page.reload();

        awaitRunStatus(page, "completed", 3 * WAIT_MS);
        assertThat(page.getByTestId("message-user")).hasText(asked.toArray(String[]::new));
        // The final text replaces what this page saw streamed since the reload: wait for it, exactly once.
        assertThat(page.getByTestId("message-assistant").last()).hasText(exactly(6, SLOW_SENTENCE),
                new LocatorAssertions.HasTextOptions().setTimeout(3 * WAIT_MS));
        String finished = page.getByTestId("message-assistant").last().innerText();
        assertThat(occurrences(finished, SLOW_SENTENCE)).as(finished).isEqualTo(6);
        assertThat(toolCard(page, "TodoWrite")).hasCount(1);
        assertThat(toolCard(page, "Bash")).hasCount(1);
        int assistants = page.getByTestId("message-assistant").count();

        page.reload(); // and once more at rest: the same history
        assertThat(page.getByTestId("message-user")).hasText(asked.toArray(String[]::new));
        assertThat(page.getByTestId("message-assistant")).hasCount(assistants);
        assertThat(toolCard(page, "TodoWrite")).hasCount(1);
        assertThat(toolCard(page, "Bash")).hasCount(1);
    }

    private void publishedAndOpenedSignedOut(String sessionId) {
        testId(page, "share-button").click();
        testId(page, "share-publish").click();
        Locator link = testId(page, "share-link");
        assertThat(link).isVisible();
        String url = shareUrl(link);
        assertThat(url).isEqualTo(baseUrl() + "/share/" + sessionId);

        Page visitor = newContext().newPage();
        visitor.navigate(url);
        assertThat(visitor.getByTestId("public-view")).isVisible();
        assertThat(visitor.getByTestId("message-user").first()).containsText("make a todo list");
        assertThat(visitor.locator("[data-testid=tool-card][data-tool-name=TodoWrite]")).isVisible();
        assertThat(visitor.getByTestId("composer-input")).hasCount(0); // read-only
        assertThat(visitor.getByTestId("sign-out")).hasCount(0); // not signed in
        visitor.evaluate("() => window.scrollTo(0, 0)");
        documentScreen(visitor, "public-view");
        visitor.close();
    }

    private void creditsShowTheRunsCost(String sessionId, BigDecimal before) {
        testId(page, "nav-credits").click();
        page.waitForURL(Pattern.compile(".*/credits$"));
        assertThat(page.locator("[data-testid=credits-usage-row][data-session-id=\"" + sessionId + "\"]")).isVisible();
        assertThat(page.getByTestId("credits-history-row").first()).isVisible();
        BigDecimal after = Ui.number(testId(page, "credits-balance"));
        assertThat(after).as("balance after the runs").isLessThan(before);
        documentScreen(page, "credits");
    }

    private BigDecimal balance() {
        testId(page, "nav-credits").click();
        Locator balance = testId(page, "credits-balance");
        assertThat(balance).containsText("300");
        return Ui.number(balance);
    }

    private static String shareUrl(Locator link) {
        String href = link.getAttribute("href");
        return href != null ? href : link.inputValue();
    }

    /** A browser-side regex (no \\Q..\\E there) matching text that holds {@code part} exactly {@code times} times. */
    private static Pattern exactly(int times, String part) {
        String q = part.replaceAll("[.*+?^${}()|\\[\\]\\\\]", "\\\\$0");
        String other = "(?:(?!" + q + ")[\\s\\S])*";
        return Pattern.compile("^" + other + "(?:" + q + other + "){" + times + "}$");
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            count++;
        }
        return count;
    }

    private static LocatorAssertions.ContainsTextOptions ignoringCase() {
        return new LocatorAssertions.ContainsTextOptions().setIgnoreCase(true);
    }
}
