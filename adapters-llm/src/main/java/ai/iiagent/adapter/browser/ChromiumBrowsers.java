package ai.iiagent.adapter.browser;

import ai.iiagent.adapter.net.DestinationRefusedException;
import ai.iiagent.adapter.net.SsrfGuard;
import ai.iiagent.domain.credits.CreditReservation;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.port.out.browser.BrowserAction;
import ai.iiagent.port.out.browser.BrowserActionFailedException;
import ai.iiagent.port.out.browser.BrowserActionFailedException.Kind;
import ai.iiagent.port.out.browser.BrowserPaidToolPort;
import ai.iiagent.port.out.browser.BrowserState;
import ai.iiagent.port.out.sandbox.SandboxWorkspacePort;
import com.microsoft.playwright.Download;
import java.io.IOException;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;

/**
 * The browser port on the Debian Chromium, driven by Playwright (never a downloaded browser): one
 * headless Chromium for the server, started on the first action and stopped when no session uses it;
 * one isolated context per session, opened lazily and closed after {@link BrowserLimits#idleTimeout()}.
 * All traffic goes through the {@link EgressProxy} (loopback included, no QUIC, no UDP WebRTC, no DNS
 * prefetch), V8's heap per renderer and the number of renderers are capped. Playwright is not
 * thread-safe, so every browser call runs on one driver thread; callers wait for it.
 */
public final class ChromiumBrowsers implements BrowserPaidToolPort, AutoCloseable {

    private static final Logger LOG = Logger.getLogger(ChromiumBrowsers.class);

    private final SsrfGuard guard;
    private final SandboxWorkspacePort workspace;
    private final BrowserLimits limits;
    private final ExecutorService driver = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().daemon().name("browser-driver").factory());
    private final ScheduledExecutorService sweeper = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("browser-idle-sweep").factory());
    private final Map<SessionId, SessionBrowser> sessions = new HashMap<>(); // driver thread only
    private final ChromiumProcess process;

    public ChromiumBrowsers(Path chromium, EgressProxy proxy, SsrfGuard guard, SandboxWorkspacePort workspace,
                            BrowserLimits limits) {
        this.process = new ChromiumProcess(chromium, proxy, limits);
        this.guard = guard;
        this.workspace = workspace;
        this.limits = limits;
        long sweep = Math.max(1, Math.min(30, limits.idleTimeout().toSeconds() / 2));
        sweeper.scheduleWithFixedDelay(() -> driver.execute(this::closeIdle), sweep, sweep, TimeUnit.SECONDS);
    }

    @Override
    public BrowserState act(SessionId sessionId, BrowserAction action, CreditReservation reservation) {
        if (action instanceof BrowserAction.Wait wait) {
            sleep(Math.min((long) (Math.max(0, wait.seconds()) * 1000), limits.maxWait().toMillis()));
        }
        SessionBrowser.Capture capture = onDriver(() -> {
            if (action instanceof BrowserAction.Restart) {
                closeOne(sessionId);
            }
            SessionBrowser session = session(sessionId);
            if (action instanceof BrowserAction.Wait || action instanceof BrowserAction.Restart) {
                session.lastUsedNanos = System.nanoTime();
                return session.capture(List.of(), action instanceof BrowserAction.Restart
                        ? "The browser was restarted: one blank tab, no cookies." : "");
            }
            return session.perform(action, this::check);
        });
        List<String> stored = new ArrayList<>();
        List<String> notes = new ArrayList<>(capture.note().isBlank() ? List.of() : List.of(capture.note()));
        for (Download download : capture.downloads()) {
            store(sessionId, download, reservation, stored, notes);
        }
        return new BrowserState(capture.url(), capture.title(), capture.digest(), capture.screenshot(), "image/jpeg",
                capture.tabs(), capture.elements(), String.join("\n", notes), stored);
    }

    @Override
    public void close(SessionId sessionId) {
        onDriver(() -> {
            closeOne(sessionId);
            return null;
        });
    }

    private void store(SessionId sessionId, Download download, CreditReservation reservation, List<String> stored,
                       List<String> notes) {
        String name = DownloadNames.safe(download.suggestedFilename());
        Path file = onDriver(download::path);
        try {
            long size = file == null ? -1 : Files.size(file);
            if (size < 0 || size > limits.maxDownloadBytes()) {
                notes.add("The download " + name + " was dropped: " + (size < 0 ? "it failed" : "larger than "
                        + limits.maxDownloadBytes() / (1024 * 1024) + " MiB") + ".");
                return;
            }
            String path = "downloads/" + name;
            workspace.writeFile(sessionId, path, Files.readAllBytes(file), reservation);
            stored.add(path);
            notes.add("Downloaded " + name + " (" + size + " bytes) to /workspace/" + path + ".");
        } catch (IOException e) {
            notes.add("The download " + name + " could not be read: " + e.getMessage());
        } finally {
            onDriver(() -> {
                download.delete();
                return null;
            });
        }
    }

    private void check(String url) {
        try {
            guard.check(url);
        } catch (DestinationRefusedException e) {
            throw new BrowserActionFailedException(Kind.DESTINATION_REFUSED, e.getMessage());
        } catch (UnknownHostException e) {
            throw new BrowserActionFailedException(Kind.NOT_FOUND, "the host " + e.getMessage() + " does not resolve");
        }
    }

    private SessionBrowser session(SessionId sessionId) {
        SessionBrowser open = sessions.get(sessionId);
        if (open != null) {
            return open;
        }
        if (!process.running()) {
            sessions.clear(); // the contexts of a crashed browser are gone with it
        }
        SessionBrowser created = new SessionBrowser(process.browser(), limits);
        sessions.put(sessionId, created);
        return created;
    }

    private void closeOne(SessionId sessionId) {
        SessionBrowser open = sessions.remove(sessionId);
        if (open != null) {
            open.close();
        }
        stopWhenUnused();
    }

    private void closeIdle() {
        long now = System.nanoTime();
        sessions.entrySet().removeIf(entry -> {
            boolean idle = now - entry.getValue().lastUsedNanos > limits.idleTimeout().toNanos();
            if (idle) {
                entry.getValue().close();
            }
            return idle;
        });
        stopWhenUnused();
    }

    /** Chromium and Playwright's driver process are stopped when no session has a browser open. */
    private void stopWhenUnused() {
        if (sessions.isEmpty()) {
            process.stop();
        }
    }

    /** Runs on the driver thread, translating Playwright's failures into ones the model can read. */
    private <T> T onDriver(Callable<T> work) {
        Future<T> future = driver.submit(work);
        try {
            return future.get(limits.pageLoadTimeout().toMillis() * 2 + 10_000, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new BrowserActionFailedException(Kind.TIMEOUT, "the browser did not answer in time");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            future.cancel(true);
            throw new BrowserActionFailedException(Kind.TIMEOUT, "interrupted");
        } catch (ExecutionException e) {
            throw BrowserFailures.translate(e.getCause());
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        sweeper.shutdownNow();
        try {
            driver.submit(() -> {
                sessions.values().forEach(SessionBrowser::close);
                sessions.clear();
                stopWhenUnused();
            }).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            LOG.debugf("closing the browsers: %s", e.getMessage());
        }
        driver.shutdownNow();
    }
}
