package ai.iiagent.adapter.browser;

import ai.iiagent.adapter.net.SsrfGuard;
import ai.iiagent.adapter.sandbox.local.BubblewrapSandbox;
import ai.iiagent.adapter.sandbox.local.BubblewrapSandboxConfig;
import ai.iiagent.adapter.tools.browser.BrowserToolSet;
import ai.iiagent.domain.credits.BillingSubject;
import ai.iiagent.domain.credits.CreditAccount;
import ai.iiagent.domain.credits.CreditReservation;
import ai.iiagent.domain.credits.Credits;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.tasks.RunId;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.port.out.tools.AgentTool;
import ai.iiagent.port.out.tools.ToolInvocation;
import ai.iiagent.port.out.tools.ToolOutcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The real thing for the browser tests: the Debian Chromium behind the egress proxy, whose SSRF guard
 * allows exactly the test site's {@code 127.0.0.1:port} (a canary on another loopback port stays
 * refused), a bubblewrap sandbox for downloads, and the browser tools on top.
 */
final class BrowserFixture implements AutoCloseable {

    final Canary canary = new Canary();
    final TestSite site = new TestSite(canary.port());
    final Path root = Path.of("/tmp", "ii-agent-browser-test-" + UUID.randomUUID(), "sandboxes");
    final BubblewrapSandbox sandbox = new BubblewrapSandbox(BubblewrapSandboxConfig.defaults(root));
    final SsrfGuard guard = new SsrfGuard(name -> {
        throw new java.net.UnknownHostException(name);
    }, Set.of("127.0.0.1:" + site.port()));
    final EgressProxy proxy = new EgressProxy(guard, Duration.ofSeconds(2), Duration.ofSeconds(20));
    final BrowserLimits limits;
    final ChromiumBrowsers browsers;
    final Map<String, AgentTool> tools;
    final CreditReservation reservation = CreditAccount.open(UserId.random())
            .reserve(Credits.ZERO, 0, BillingSubject.NONE, "browser-test", Instant.now()).reservation();

    private final Set<SessionId> used = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** Small limits the tests can reach: 3 tabs, 1 MiB downloads, waits of at most 3 s. */
    BrowserFixture() throws IOException {
        this(new BrowserLimits(3, Duration.ofSeconds(15), Duration.ofSeconds(5), Duration.ofMinutes(5), 1024 * 1024,
                1280, 800, 256, 4, Duration.ofSeconds(3), 4000));
    }

    BrowserFixture(BrowserLimits limits) throws IOException {
        this.limits = limits;
        this.browsers = new ChromiumBrowsers(Path.of("/usr/bin/chromium"), proxy, guard, sandbox, limits);
        this.tools = BrowserToolSet.tools(browsers, Credits.ZERO, Duration.ofSeconds(60)).stream()
                .collect(Collectors.toMap(tool -> tool.spec().name(), Function.identity()));
    }

    ToolOutcome call(SessionId session, String tool, Map<String, Object> arguments) throws Exception {
        used.add(session);
        return tools.get(tool).run(new ToolInvocation(UserId.random(), session, RunId.random(), "call-" + UUID.randomUUID(),
                arguments, Map.of(), reservation));
    }

    @Override
    public void close() throws IOException {
        browsers.close();
        used.forEach(sandbox::destroy);
        proxy.close();
        site.close();
        canary.close();
        sandbox.shells().close();
        if (Files.exists(root.getParent())) {
            try (Stream<Path> all = Files.walk(root.getParent())) {
                for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }
}
