package ai.iiagent.adapter.documents.render;

import static org.assertj.core.api.Assertions.assertThat;

import ai.iiagent.port.out.documents.RenderProgress;
import ai.iiagent.port.out.documents.RenderRequest;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Export time and peak memory of PDF/PNG export (docs/benchmarks.md, "Slide export"): decks of 10 and 50
 * styled slides with an inline SVG chart each, printed by {@link ChromiumPagesRenderer} on the host's
 * Chromium. Peak memory is the sum of the proportional set sizes (PSS) of this JVM's child processes (Playwright's driver
 * and Chromium) sampled every 20 ms, plus the JVM's own heap in use. Run by {@code benchmarks/export.sh}.
 */
class HtmlPagesRenderBenchmark {

    private static final int RUNS = 3;

    @Test
    void exportTimeAndPeakMemory() throws Exception {
        ChromiumPagesRenderer renderer = new ChromiumPagesRenderer(Path.of("/usr/bin/chromium"),
                Duration.ofSeconds(30), Duration.ofMinutes(5));
        try {
            renderer.renderPdf(RenderRequest.slides(deck(3)), OutputStream.nullOutputStream(), RenderProgress.NONE);
            for (int slides : new int[] {10, 50}) {
                measure(renderer, slides, "pdf");
                measure(renderer, slides, "png");
            }
        } finally {
            renderer.close();
        }
    }

    private static void measure(ChromiumPagesRenderer renderer, int slides, String format) throws Exception {
        long[] millis = new long[RUNS];
        long peakChildren = 0;
        long size = 0;
        for (int run = 0; run < RUNS; run++) {
            ChildMemory memory = ChildMemory.start();
            Path out = Files.createTempFile("export-bench", "." + format);
            long start = System.nanoTime();
            if (format.equals("pdf")) {
                try (OutputStream stream = Files.newOutputStream(out)) {
                    renderer.renderPdf(RenderRequest.slides(deck(slides)), stream, RenderProgress.NONE);
                }
            } else {
                AtomicLong bytes = new AtomicLong();
                renderer.renderPngs(RenderRequest.slides(deck(slides)), (i, png) -> bytes.addAndGet(png.length),
                        RenderProgress.NONE);
                Files.writeString(out, "x".repeat((int) Math.min(bytes.get(), 1)));
                size = bytes.get();
            }
            millis[run] = (System.nanoTime() - start) / 1_000_000;
            peakChildren = Math.max(peakChildren, memory.stop());
            if (format.equals("pdf")) {
                size = Files.size(out);
            }
            Files.delete(out);
        }
        Arrays.sort(millis);
        long heapUsed = (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20;
        System.out.printf("EXPORT-BENCH %s %d slides: median %d ms (min %d, max %d), %.1f ms/slide, output %d KiB,"
                        + " peak PSS of Chromium+driver %d MiB, JVM heap in use %d MiB%n",
                format, slides, millis[RUNS / 2], millis[0], millis[RUNS - 1], millis[RUNS / 2] / (double) slides,
                size >> 10, peakChildren >> 20, heapUsed);
        assertThat(size).isPositive();
    }

    private static List<String> deck(int slides) {
        return IntStream.rangeClosed(1, slides).mapToObj(HtmlPagesRenderBenchmark::slide).toList();
    }

    private static String slide(int n) {
        StringBuilder bars = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            int h = 20 + (n * 37 + i * 53) % 200;
            bars.append("<rect x='").append(20 + i * 60).append("' y='").append(260 - h).append("' width='40' height='")
                    .append(h).append("' fill='#4f7cff'/>");
        }
        return "<!doctype html><html><head><meta charset='utf-8'><style>"
                + "body{margin:0;width:1280px;height:720px;font-family:'DejaVu Sans',sans-serif;"
                + "background:linear-gradient(135deg,#0f172a,#1e3a8a);color:#f8fafc}"
                + "h1{font-size:56px;margin:60px 80px 20px}ul{font-size:28px;margin:0 80px;line-height:1.6}"
                + ".chart{position:absolute;right:80px;bottom:80px}</style></head><body>"
                + "<h1>Quarterly review, part " + n + "</h1><ul><li>Revenue grew in every region</li>"
                + "<li>Churn fell to its lowest level since launch</li><li>Three new markets opened</li>"
                + "<li>Hiring plan on track for the next quarter</li></ul>"
                + "<svg class='chart' width='520' height='280'>" + bars + "</svg></body></html>";
    }

    /** Samples the summed PSS (shared pages counted once across processes) of this JVM's descendants until stopped; answers the peak in bytes. */
    private static final class ChildMemory {
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final AtomicLong peak = new AtomicLong();
        private final Thread sampler = Thread.ofPlatform().daemon().start(this::sample);

        static ChildMemory start() {
            return new ChildMemory();
        }

        long stop() throws InterruptedException {
            running.set(false);
            sampler.join();
            return peak.get();
        }

        private void sample() {
            while (running.get()) {
                List<Long> pids = new ArrayList<>();
                ProcessHandle.current().descendants().forEach(p -> pids.add(p.pid()));
                long total = 0;
                for (long pid : pids) {
                    total += pssBytes(pid);
                }
                peak.accumulateAndGet(total, Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        private static long pssBytes(long pid) {
            try {
                for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "smaps_rollup"))) {
                    if (line.startsWith("Pss:")) {
                        return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                    }
                }
            } catch (IOException | NumberFormatException e) {
                return 0; // the process ended between listing and reading
            }
            return 0;
        }
    }
}
