package ai.iiagent.adapter.browser;

import java.time.Duration;

/**
 * The bounds of the browsers: tabs per session, how long a page may take to load and an element
 * action may take, how long a session's browser may sit unused before it is closed, how large one
 * download may be, the viewport, the V8 heap per renderer and how many renderer processes Chromium
 * may start in all, the longest {@code browser_wait}, and how much page text a state carries.
 */
public record BrowserLimits(int maxTabs, Duration pageLoadTimeout, Duration actionTimeout, Duration idleTimeout,
                            long maxDownloadBytes, int viewportWidth, int viewportHeight, int jsHeapMegabytes,
                            int rendererProcessLimit, Duration maxWait, int digestChars) {

    public BrowserLimits {
        if (maxTabs < 1 || digestChars < 0 || viewportWidth < 200 || viewportHeight < 200) {
            throw new IllegalArgumentException("browser limits out of range");
        }
    }

    /** The defaults (docs/tools-web.md). */
    public static BrowserLimits defaults() {
        return new BrowserLimits(5, Duration.ofSeconds(30), Duration.ofSeconds(10), Duration.ofMinutes(10),
                50L * 1024 * 1024, 1280, 800, 512, 8, Duration.ofSeconds(10), 4000);
    }
}
