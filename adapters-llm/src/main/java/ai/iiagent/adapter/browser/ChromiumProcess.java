package ai.iiagent.adapter.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.options.Proxy;
import java.nio.file.Path;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * The one headless Chromium and Playwright's driver process behind it, started when first needed
 * (again after a crash) and stopped when no session uses them. Driver thread only.
 */
final class ChromiumProcess {

    private static final Logger LOG = Logger.getLogger(ChromiumProcess.class);

    private final Path chromium;
    private final EgressProxy proxy;
    private final BrowserLimits limits;
    private Playwright playwright;
    private Browser browser;

    ChromiumProcess(Path chromium, EgressProxy proxy, BrowserLimits limits) {
        this.chromium = chromium;
        this.proxy = proxy;
        this.limits = limits;
    }

    /** True when the running browser is still connected (its contexts are usable). */
    boolean running() {
        return browser != null && browser.isConnected();
    }

    /** The running browser, launched first when there is none (every context of a crashed one is gone). */
    Browser browser() {
        if (running()) {
            return browser;
        }
        if (playwright == null) {
            playwright = Playwright.create(new Playwright.CreateOptions()
                    .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        }
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(chromium)
                .setHeadless(true).setProxy(new Proxy(proxy.address()).setBypass("<-loopback>"))
                .setArgs(ChromiumFlags.of(limits)));
        return browser;
    }

    void stop() {
        try {
            if (browser != null) {
                browser.close();
            }
            if (playwright != null) {
                playwright.close();
            }
        } catch (PlaywrightException e) {
            LOG.debugf("closing the browser: %s", e.getMessage());
        }
        browser = null;
        playwright = null;
    }
}
