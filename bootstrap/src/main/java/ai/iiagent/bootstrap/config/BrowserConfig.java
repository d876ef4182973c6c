package ai.iiagent.bootstrap.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The agent's browser tools ({@code browser.*}; environment {@code BROWSER_ENABLED}, {@code BROWSER_CHROMIUM_PATH},
 * {@code BROWSER_PRICE_USD}, ...). See docs/tools-web.md.
 */
@ConfigMapping(prefix = "browser")
public interface BrowserConfig {

    /** The browser tools are offered unless this is false (or Chromium is missing). */
    @WithDefault("true")
    boolean enabled();

    /** The Debian Chromium; never a downloaded browser. */
    @WithDefault("/usr/bin/chromium")
    String chromiumPath();

    /** What one browser tool call costs, in USD (the headless browser's CPU and memory). */
    @WithDefault("0.001")
    BigDecimal priceUsd();

    /** Tabs one session's browser may have open. */
    @WithDefault("5")
    int maxTabs();

    @WithDefault("PT30S")
    Duration pageLoadTimeout();

    /** How long a click, fill or key press may wait for its element. */
    @WithDefault("PT10S")
    Duration actionTimeout();

    /** A session's browser is closed after this long unused. */
    @WithDefault("PT10M")
    Duration idleTimeout();

    @WithDefault("52428800")
    long maxDownloadBytes();

    /** V8 heap limit per renderer, in MiB. */
    @WithDefault("512")
    int jsHeapMb();

    /** Renderer processes Chromium may start for all sessions together. */
    @WithDefault("8")
    int rendererProcessLimit();

    /**
     * Exact {@code address:port} pairs the browser may reach although they are internal. Empty in
     * production; tests set it to reach their local page server (a canary on another port stays refused).
     */
    Optional<List<String>> allowedInternal();
}
