package ai.iiagent.adapter.browser;

import static org.assertj.core.api.Assertions.assertThat;

import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.port.out.tools.ToolOutcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Not part of the suite (no Test suffix): run by benchmarks/browser.sh. Latency of one
 * browser_navigation tool call (navigate + screenshot + state) on a local page, and memory per open
 * browser context (Chromium's processes' proportional set size with N sessions open, less with one,
 * divided by N - 1). System properties: bench.calls (200), bench.contexts (8).
 */
class BrowserLatencyBench {

    @Test
    void measure() throws Exception {
        int calls = Integer.getInteger("bench.calls", 200);
        int contexts = Integer.getInteger("bench.contexts", 8);
        try (BrowserFixture fixture = new BrowserFixture(BrowserLimits.defaults())) {
            SessionId session = SessionId.random();
            for (int i = 0; i < 10; i++) { // warm-up: Chromium start, JIT
                fixture.call(session, "browser_navigation", Map.of("url", fixture.site.url("/form.html")));
            }
            List<Long> micros = new ArrayList<>();
            for (int i = 0; i < calls; i++) {
                String path = i % 2 == 0 ? "/form.html" : "/tab.html";
                long start = System.nanoTime();
                ToolOutcome outcome = fixture.call(session, "browser_navigation", Map.of("url", fixture.site.url(path)));
                micros.add((System.nanoTime() - start) / 1000);
                assertThat(outcome.error()).isFalse();
            }
            micros.sort(Long::compare);
            System.out.printf("BENCH navigate+screenshot calls=%d p50=%.1f ms p90=%.1f ms p99=%.1f ms max=%.1f ms%n", calls,
                    micros.get(calls / 2) / 1000.0, micros.get(calls * 9 / 10) / 1000.0,
                    micros.get(Math.min(calls - 1, calls * 99 / 100)) / 1000.0, micros.get(calls - 1) / 1000.0);

            long one = chromiumPssKib();
            for (int i = 1; i < contexts; i++) {
                fixture.call(SessionId.random(), "browser_navigation", Map.of("url", fixture.site.url("/form.html")));
            }
            Thread.sleep(1000);
            long many = chromiumPssKib();
            System.out.printf("BENCH memory chromium_pss_1_context=%d MiB chromium_pss_%d_contexts=%d MiB"
                    + " per_extra_context=%.1f MiB%n", one / 1024, contexts, many / 1024,
                    (many - one) / 1024.0 / (contexts - 1));
        }
    }

    /** The proportional set size of every Chromium process (shared pages counted once overall). */
    private static long chromiumPssKib() throws IOException {
        long total = 0;
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            for (Path proc : procs.filter(p -> p.getFileName().toString().matches("[0-9]+")).toList()) {
                try {
                    String cmdline = Files.readString(proc.resolve("cmdline"));
                    if (!cmdline.startsWith("/usr/lib/chromium/chromium") && !cmdline.startsWith("/usr/bin/chromium")) {
                        continue;
                    }
                    for (String line : Files.readAllLines(proc.resolve("smaps_rollup"))) {
                        if (line.startsWith("Pss:")) {
                            total += Long.parseLong(line.replaceAll("[^0-9]", ""));
                        }
                    }
                } catch (IOException | RuntimeException e) {
                    // the process ended while being read
                }
            }
        }
        return total;
    }
}
