package ai.iiagent.bootstrap.wiring;

import ai.iiagent.adapter.browser.BrowserLimits;
import ai.iiagent.adapter.browser.ChromiumBrowsers;
import ai.iiagent.adapter.browser.EgressProxy;
import ai.iiagent.adapter.net.HostResolver;
import ai.iiagent.adapter.net.SsrfGuard;
import ai.iiagent.adapter.tools.browser.BrowserToolSet;
import ai.iiagent.bootstrap.config.BrowserConfig;
import ai.iiagent.domain.credits.Credits;
import ai.iiagent.port.out.sandbox.SandboxPort;
import ai.iiagent.port.out.tools.AgentTool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The browser tools from {@code browser.*} (docs/tools-web.md): the headless Debian Chromium behind
 * the app's egress proxy (the web_visit SSRF rules on every request), one context per session,
 * billed per call through the reservation the runtime takes for each tool. Not offered when turned
 * off or when Chromium is not installed (said once in the log).
 */
@ApplicationScoped
public class BrowserWiring {

    private static final Logger LOG = Logger.getLogger(BrowserWiring.class);

    /** The browser tools, handed to the runtime by {@link AgentsWiring}; empty when there is no browser. */
    public record BrowserTools(List<AgentTool> tools, Optional<ChromiumBrowsers> browsers,
                               Optional<EgressProxy> proxy) {
    }

    @Produces
    @Singleton
    BrowserTools browserTools(BrowserConfig config, SandboxPort sandbox, SandboxStops stops) {
        Path chromium = Path.of(config.chromiumPath());
        if (!config.enabled() || !Files.isExecutable(chromium)) {
            if (config.enabled()) {
                LOG.warnf("browser tools are off: no Chromium at %s (apt-get install chromium)", chromium);
            }
            return new BrowserTools(List.of(), Optional.empty(), Optional.empty());
        }
        SsrfGuard guard = new SsrfGuard(HostResolver.SYSTEM, config.allowedInternal().orElse(List.of()));
        EgressProxy proxy;
        try {
            proxy = new EgressProxy(guard, Duration.ofSeconds(10), Duration.ofSeconds(120));
        } catch (IOException e) {
            throw new UncheckedIOException("the browser's egress proxy could not listen on loopback", e);
        }
        BrowserLimits defaults = BrowserLimits.defaults();
        BrowserLimits limits = new BrowserLimits(config.maxTabs(), config.pageLoadTimeout(), config.actionTimeout(),
                config.idleTimeout(), config.maxDownloadBytes(), defaults.viewportWidth(), defaults.viewportHeight(),
                config.jsHeapMb(), config.rendererProcessLimit(), defaults.maxWait(), defaults.digestChars());
        ChromiumBrowsers browsers = new ChromiumBrowsers(chromium, proxy, guard, sandbox, limits);
        stops.register(browsers::close); // the browser closes with the session's sandbox (paused or destroyed)
        Duration timeout = config.pageLoadTimeout().multipliedBy(2).plusSeconds(30);
        return new BrowserTools(BrowserToolSet.tools(browsers, Credits.fromUsd(config.priceUsd()), timeout),
                Optional.of(browsers), Optional.of(proxy));
    }

    void close(@Disposes BrowserTools tools) {
        tools.browsers().ifPresent(ChromiumBrowsers::close);
        tools.proxy().ifPresent(EgressProxy::close);
    }
}
