package ai.iiagent.e2e.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.ColorScheme;
import io.quarkus.test.common.http.TestHTTPResource;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;

/**
 * Browser tests against the app that {@code @QuarkusTest} started (profile {@link UiTestProfile}):
 * one headless Debian Chromium per class, a fresh context (no cookies, no storage) per test. Every
 * console error or uncaught page error fails the test unless the test declared it expected with
 * {@link #expectConsoleError}; a screenshot of every page still open is saved under
 * {@code target/ui-screenshots/} for diagnosis.
 */
public abstract class BrowserTestBase {

    /** Bounded waits, generous for a busy two-core machine. */
    protected static final double WAIT_MS = 20_000;
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final List<String> CHROMIUM_ARGS = List.of("--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync");

    private static Playwright playwright;
    private static Browser browser;

    @TestHTTPResource("/")
    protected URL root;

    protected BrowserContext context;
    protected Page page;
    private final List<BrowserContext> contexts = new ArrayList<>();
    private final List<String> consoleErrors = new CopyOnWriteArrayList<>();
    private final List<Pattern> expectedErrors = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void launchBrowser() {
        assertThat(CHROMIUM).as("Debian Chromium (bin/test installs it: apt-get install chromium)").isExecutable();
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
                .setHeadless(true).setArgs(CHROMIUM_ARGS));
        PlaywrightAssertions.setDefaultAssertionTimeout(WAIT_MS);
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void openPage() {
        context = newContext();
        page = context.newPage();
    }

    @AfterEach
    void closeContexts(TestInfo test) throws IOException {
        Path dir = Path.of("target", "ui-screenshots");
        Files.createDirectories(dir);
        String name = test.getTestClass().map(Class::getSimpleName).orElse("ui") + "-"
                + test.getTestMethod().map(java.lang.reflect.Method::getName).orElse("test");
        int n = 0;
        for (BrowserContext open : contexts) {
            for (Page each : open.pages()) {
                each.screenshot(new Page.ScreenshotOptions().setPath(dir.resolve(name + "-" + n++ + ".png"))
                        .setFullPage(true));
            }
            open.close();
        }
        contexts.clear();
        List<String> unexpected = consoleErrors.stream()
                .filter(error -> expectedErrors.stream().noneMatch(p -> p.matcher(error).find())).toList();
        assertThat(unexpected).as("console errors in the browser").isEmpty();
    }

    /** A new context (its own storage: a second, signed-out visitor) whose console is watched. */
    protected BrowserContext newContext() {
        return newContext(new Browser.NewContextOptions());
    }

    protected BrowserContext newContext(Browser.NewContextOptions options) {
        BrowserContext created = browser.newContext(options.setViewportSize(1280, 800).setColorScheme(ColorScheme.LIGHT)
                .setBaseURL(baseUrl()));
        created.setDefaultTimeout(WAIT_MS);
        created.setDefaultNavigationTimeout(2 * WAIT_MS);
        created.onPage(this::watchConsole);
        contexts.add(created);
        return created;
    }

    private void watchConsole(Page watched) {
        watched.onConsoleMessage(message -> {
            if (message.type().equals("error")) {
                consoleErrors.add(message.text() + " at " + message.location() + " on " + watched.url());
            }
        });
        watched.onPageError(error -> consoleErrors.add("uncaught: " + error + " on " + watched.url()));
    }

    /** Declares a console error this test provokes on purpose (the reason belongs in the caller's comment). */
    protected void expectConsoleError(String regex) {
        expectedErrors.add(Pattern.compile(regex));
    }

    protected String baseUrl() {
        String url = root.toString();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** Saves a screenshot of a main screen for docs/screenshots (committed; see docs/ui.md). */
    protected static void documentScreen(Page shown, String name) {
        Path docs = Path.of("..", "docs", "screenshots");
        shown.screenshot(new Page.ScreenshotOptions().setPath(docs.resolve(name + ".png")));
    }
}
