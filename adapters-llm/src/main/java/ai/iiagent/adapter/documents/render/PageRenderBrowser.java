package ai.iiagent.adapter.documents.render;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.options.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * The renderer's own headless Chromium (apart from the agent's browser, which has network through the
 * egress proxy): every request goes to a proxy address where nothing listens, loopback included, and
 * each context aborts every request that is not {@code data:} or {@code blob:}. Driver thread only.
 */
final class PageRenderBrowser {

    private static final Logger LOG = Logger.getLogger(PageRenderBrowser.class);

    /** A port nothing listens on: whatever Chromium would fetch fails at once. */
    private static final String DEAD_PROXY = "http://127.0.0.1:9";

    private static final List<String> FLAGS = List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
            "--no-first-run", "--disable-quic", "--force-webrtc-ip-handling-policy=disable_non_proxied_udp",
            "--webrtc-ip-handling-policy=disable_non_proxied_udp", "--dns-prefetch-disable",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--disable-domain-reliability", "--disable-features=DnsOverHttps,NetworkPrediction",
            "--js-flags=--max-old-space-size=256", "--renderer-process-limit=2");

    private final Path executable;
    private Playwright playwright;
    private Browser browser;

    PageRenderBrowser(Path executable) {
        this.executable = executable;
    }

    Path executable() {
        return executable;
    }

    boolean installed() {
        return Files.isExecutable(executable);
    }

    /** A fresh context of the given viewport whose every network request is refused. */
    BrowserContext isolatedContext(int width, int height) {
        BrowserContext context = browser().newContext(new Browser.NewContextOptions()
                .setViewportSize(width, height).setDeviceScaleFactor(1).setJavaScriptEnabled(true)
                .setOffline(true).setAcceptDownloads(false).setServiceWorkers(
                        com.microsoft.playwright.options.ServiceWorkerPolicy.BLOCK));
        context.route("**/*", route -> {
            String url = route.request().url();
            if (url.startsWith("data:") || url.startsWith("blob:")) {
                route.resume();
            } else {
                route.abort("blockedbyclient");
            }
        });
        return context;
    }

    /** After a page hung or crashed its renderer, the next page gets a new browser. */
    void restartAfterFailure() {
        stop();
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
            LOG.debugf("closing the render browser: %s", e.getMessage());
        }
        browser = null;
        playwright = null;
    }

    private Browser browser() {
        if (browser != null && browser.isConnected()) {
            return browser;
        }
        stop();
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(executable)
                .setHeadless(true).setProxy(new Proxy(DEAD_PROXY).setBypass("<-loopback>")).setArgs(FLAGS));
        return browser;
    }
}
