package ai.iiagent.e2e.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.math.BigDecimal;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a person does in the web UI, by the data-testid contract of docs/ui.md. */
final class Ui {

    static final String PASSWORD = "correct horse battery";
    private static final Pattern SESSION_URL = Pattern.compile(".*/s/([0-9a-fA-F-]{36})$");
    private static final Pattern NUMBER = Pattern.compile("-?[0-9][0-9,]*(\\.[0-9]+)?");

    private Ui() {
    }

    static Locator testId(Page page, String id) {
        return page.getByTestId(id);
    }

    /** Registers a fresh local account from /login and waits for the signed-in frame. */
    static String register(Page page) {
        String email = "ui-" + UUID.randomUUID() + "@example.org";
        page.navigate("/login");
        testId(page, "auth-toggle-mode").click();
        testId(page, "auth-name").fill("Ada");
        testId(page, "auth-email").fill(email);
        testId(page, "auth-password").fill(PASSWORD);
        testId(page, "auth-submit").click();
        assertThat(testId(page, "new-session")).isVisible();
        return email;
    }

    /** Starts a session from the sidebar; answers its id (from the /s/:id route). */
    static String newSession(Page page) {
        testId(page, "new-session").click();
        page.waitForURL(SESSION_URL);
        assertThat(testId(page, "composer-input")).isEditable();
        Matcher id = SESSION_URL.matcher(page.url());
        if (!id.matches()) {
            throw new AssertionError("not a session URL: " + page.url());
        }
        return id.group(1);
    }

    /** Types into the composer and sends with Enter. */
    static void send(Page page, String text) {
        Locator input = testId(page, "composer-input");
        assertThat(input).isEditable();
        input.fill(text);
        input.press("Enter");
    }

    static void awaitRunStatus(Page page, String status) {
        assertThat(testId(page, "run-status")).hasText(status);
    }

    /** For the end of a "slow" answer (about 12 s of streaming, more on a busy machine). */
    static void awaitRunStatus(Page page, String status, double timeoutMs) {
        assertThat(testId(page, "run-status")).hasText(status, new LocatorAssertions.HasTextOptions().setTimeout(timeoutMs));
    }

    static Locator toolCard(Page page, String toolName) {
        return page.locator("[data-testid=tool-card][data-tool-name=" + toolName + "]");
    }

    /** The first number in an element's text ("299.93 credits" → 299.93). */
    static BigDecimal number(Locator element) {
        String text = element.innerText();
        Matcher number = NUMBER.matcher(text);
        if (!number.find()) {
            throw new AssertionError("no number in '" + text + "'");
        }
        return new BigDecimal(number.group().replace(",", ""));
    }
}
