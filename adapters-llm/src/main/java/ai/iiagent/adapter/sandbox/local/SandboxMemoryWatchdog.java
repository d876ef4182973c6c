package ai.iiagent.adapter.sandbox.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.IntPredicate;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Bounds the memory of a whole sandbox where RLIMIT_AS bounds only each process: every interval it
 * sums the resident memory of the processes of each sandbox uid and kills all processes of a uid
 * over the budget (its shells, terminals and commands end; the workspace stays). Used because cgroup
 * delegation is not available on every host; a kill is logged with the uid and the sum.
 */
public final class SandboxMemoryWatchdog implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(SandboxMemoryWatchdog.class.getName());
    private static final Path PROC = Path.of("/proc");

    private final IntPredicate sandboxUid;
    private final long budgetBytes;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("sandbox-memory-watchdog").daemon().factory());

    /**
     * @param sandboxUid  which host uids are sandboxes'
     * @param budgetBytes the most resident memory all processes of one sandbox may hold together
     * @param every       how often to look
     */
    public SandboxMemoryWatchdog(IntPredicate sandboxUid, long budgetBytes, Duration every) {
        this.sandboxUid = sandboxUid;
        this.budgetBytes = budgetBytes;
        timer.scheduleWithFixedDelay(this::sweepSafely, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void sweepSafely() {
        try {
            sweep();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "the sandbox memory watchdog failed once; it keeps running", e);
        }
    }

    /** One look: kills the processes of every sandbox uid over the budget; returns those uids. */
    List<Integer> sweep() {
        Map<Integer, Long> residentByUid = new HashMap<>();
        Map<Integer, List<Long>> pidsByUid = new HashMap<>();
        for (long pid : pids()) {
            Usage usage = usage(pid);
            if (usage != null && sandboxUid.test(usage.uid())) {
                residentByUid.merge(usage.uid(), usage.residentBytes(), Long::sum);
                pidsByUid.computeIfAbsent(usage.uid(), uid -> new java.util.ArrayList<>()).add(pid);
            }
        }
        List<Integer> over = residentByUid.entrySet().stream().filter(e -> e.getValue() > budgetBytes)
                .map(Map.Entry::getKey).toList();
        for (int uid : over) {
            LOG.warning(() -> "sandbox uid " + uid + " holds " + residentByUid.get(uid) / (1024 * 1024)
                    + " MiB resident, over its " + budgetBytes / (1024 * 1024) + " MiB budget: killing its processes");
            pidsByUid.get(uid).forEach(pid -> ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly));
        }
        return over;
    }

    private record Usage(int uid, long residentBytes) {
    }

    private static List<Long> pids() {
        try (Stream<Path> entries = Files.list(PROC)) {
            return entries.map(p -> p.getFileName().toString()).filter(name -> name.chars().allMatch(Character::isDigit))
                    .map(Long::parseLong).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    // "Uid:\t<real>\t..." and "VmRSS:\t<n> kB" from /proc/<pid>/status; null when the process is gone.
    private static Usage usage(long pid) {
        try {
            int uid = -1;
            long rss = 0;
            for (String line : Files.readAllLines(PROC.resolve(Long.toString(pid)).resolve("status"))) {
                if (line.startsWith("Uid:")) {
                    uid = Integer.parseUnsignedInt(line.split("\\s+")[1]);
                } else if (line.startsWith("VmRSS:")) {
                    rss = Long.parseLong(line.split("\\s+")[1]) * 1024;
                }
            }
            return uid < 0 ? null : new Usage(uid, rss);
        } catch (IOException | RuntimeException gone) {
            return null;
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
