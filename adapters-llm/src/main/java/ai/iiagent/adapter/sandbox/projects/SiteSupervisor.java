package ai.iiagent.adapter.sandbox.projects;

import ai.iiagent.adapter.sandbox.local.BubblewrapSandbox;
import ai.iiagent.adapter.sandbox.local.SandboxProcesses;

import ai.iiagent.domain.sessions.SessionId;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;

/**
 * Keeps one deployed server app running in its site sandbox: {@code start.sh} launched like an MCP
 * stdio server (bubblewrap, no network, its variables through stdin), restarted when it exits —
 * after 0.5 s, doubling up to 30 s while it keeps failing within a minute of starting — until
 * {@link #stop}. Its output goes to a log file next to the sites (never into the sandbox).
 */
final class SiteSupervisor {

    private static final Logger LOG = Logger.getLogger(SiteSupervisor.class);
    private static final long CPU_SECONDS = 30L * 24 * 3600;
    private static final long MAX_BACKOFF_MILLIS = 30_000;
    private static final long HEALTHY_MILLIS = 60_000;
    private static final int LOG_TAIL = 2_000;

    private final BubblewrapSandbox sites;
    private final SessionId site;
    private final Path log;
    private final Map<String, String> environment;
    private final AtomicInteger restarts = new AtomicInteger();
    private volatile boolean stopped;
    private volatile Process current;
    private volatile Thread loop;

    SiteSupervisor(BubblewrapSandbox sites, SessionId site, Path log, Map<String, String> environment) {
        this.sites = sites;
        this.site = site;
        this.log = log;
        this.environment = Map.copyOf(environment);
    }

    void start() {
        launchOnce();
        loop = Thread.ofPlatform().name("site-supervisor-" + site).daemon().start(this::supervise);
    }

    void stop() {
        stopped = true;
        Thread running = loop;
        if (running != null) {
            running.interrupt();
        }
        kill(current);
    }

    int restarts() {
        return restarts.get();
    }

    String logTail() {
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
            long start = Math.max(0, file.length() - LOG_TAIL);
            byte[] tail = new byte[(int) (file.length() - start)];
            file.seek(start);
            file.readFully(tail);
            return new String(tail, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            return "(no log)";
        }
    }

    private void supervise() {
        long backoff = 500;
        while (!stopped) {
            Process process = current;
            long started = System.nanoTime();
            try {
                int code = process.waitFor();
                if (stopped) {
                    return;
                }
                LOG.infof("deployed site %s exited with %d; restarting", site, code);
                if (TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started) > HEALTHY_MILLIS) {
                    backoff = 500;
                }
                Thread.sleep(backoff);
                backoff = Math.min(MAX_BACKOFF_MILLIS, backoff * 2);
                if (stopped) {
                    return;
                }
                restarts.incrementAndGet();
                launchOnce();
            } catch (InterruptedException e) {
                if (stopped) {
                    return;
                }
            } catch (RuntimeException e) {
                LOG.warnf("deployed site %s could not be restarted: %s", site, e.getMessage());
                try {
                    Thread.sleep(backoff);
                } catch (InterruptedException interrupted) {
                    return;
                }
            }
        }
    }

    private void launchOnce() {
        BubblewrapSandbox.SandboxedLaunch launch = sites.launch(site, LocalSites.command(), environment, CPU_SECONDS, false);
        try {
            Files.createDirectories(log.getParent());
            Process process = SandboxProcesses.start(new ProcessBuilder(launch.argv()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())), launch.environment());
            try (OutputStream stdin = process.getOutputStream()) {
                stdin.write(launch.stdinPreamble());
            }
            current = process;
        } catch (IOException e) {
            throw LocalSites.failed("could not start the site's server: " + e.getMessage());
        }
    }

    private static void kill(Process process) {
        if (process == null) {
            return;
        }
        // bwrap is the PID-namespace init: once it dies the kernel kills whatever the snapshot missed.
        process.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
