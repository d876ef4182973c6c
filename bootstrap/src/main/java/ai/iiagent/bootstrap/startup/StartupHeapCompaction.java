package ai.iiagent.bootstrap.startup;

import ai.iiagent.bootstrap.config.AppSettings;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Once start-up is done, one full garbage collection. By then start-up's garbage (Hibernate's boot
 * model, Flyway's scan, configuration parsing) has mostly been promoted into the old generation, and a
 * lightly loaded server may never run the full collection that frees it; with bin/run's JVM options
 * ({@code -XX:MaxHeapFreeRatio}, {@code -XX:-ShrinkHeapInSteps}) the collector then hands the freed heap
 * back to the OS (issue #25, docs/benchmarks.md). Off with {@code APP_COMPACT_HEAP_AT_START=false}.
 */
@ApplicationScoped
public class StartupHeapCompaction {

    private static final long MIB = 1024 * 1024;

    private final AppSettings settings;

    public StartupHeapCompaction(AppSettings settings) {
        this.settings = settings;
    }

    /** Collects and returns the one-line outcome to log. */
    String run() {
        if (!settings.compactHeapAtStart()) {
            return "skipped (APP_COMPACT_HEAP_AT_START=false)";
        }
        Runtime runtime = Runtime.getRuntime();
        long committedBefore = runtime.totalMemory();
        long started = System.nanoTime();
        // The only explicit collection in the code base: start-up garbage has no other moment to go.
        System.gc();
        return "heap %d MiB committed before, %d MiB after, %d MiB in use (%d ms)".formatted(
                committedBefore / MIB, runtime.totalMemory() / MIB,
                (runtime.totalMemory() - runtime.freeMemory()) / MIB, (System.nanoTime() - started) / 1_000_000);
    }
}
