package ai.iiagent.e2e.credits;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where the machine's CPU went over a measured stretch: this JVM, the PostgreSQL processes, everything else, and
 * idle, from {@code /proc} (Linux only; elsewhere it reports nothing). A benchmark that is bound by the box rather
 * than by a wait shows it here: little idle, and the CPU per operation times the rate equals the cores.
 */
final class CpuSplit {

    private static final double TICK_MS = 10.0; // USER_HZ is 100 on Linux

    private final long jvmNanos;
    private final long postgresTicks;
    private final long busyTicks;
    private final long totalTicks;

    private CpuSplit(long jvmNanos, long postgresTicks, long busyTicks, long totalTicks) {
        this.jvmNanos = jvmNanos;
        this.postgresTicks = postgresTicks;
        this.busyTicks = busyTicks;
        this.totalTicks = totalTicks;
    }

    static CpuSplit now() {
        long[] machine = machineTicks();
        return new CpuSplit(jvmNanos(), postgresTicks(), machine[0], machine[1]);
    }

    /** CPU milliseconds per operation since {@code before}, split by owner, and the machine's idle share. */
    String perOperationSince(CpuSplit before, long operations) {
        if (totalTicks == 0 || operations == 0) {
            return "cpu split unavailable";
        }
        double jvm = (jvmNanos - before.jvmNanos) / 1e6 / operations;
        double postgres = (postgresTicks - before.postgresTicks) * TICK_MS / operations;
        double busy = (busyTicks - before.busyTicks) * TICK_MS / operations;
        double idleShare = 100.0 * (1 - (double) (busyTicks - before.busyTicks) / (totalTicks - before.totalTicks));
        return String.format("cpu/op %.3f ms (jvm %.3f, postgres %.3f, other %.3f), machine idle %.0f %%", busy, jvm,
                postgres, Math.max(0, busy - jvm - postgres), idleShare);
    }

    /** CPU per second since {@code before}, split the same way: what runs when no operation does (pollers, timers). */
    String perSecondSince(CpuSplit before, double seconds) {
        if (totalTicks == 0) {
            return "cpu split unavailable";
        }
        return String.format("cpu %.1f ms/s (jvm %.1f, postgres %.1f), machine idle %.0f %%",
                (busyTicks - before.busyTicks) * TICK_MS / seconds, (jvmNanos - before.jvmNanos) / 1e6 / seconds,
                (postgresTicks - before.postgresTicks) * TICK_MS / seconds,
                100.0 * (1 - (double) (busyTicks - before.busyTicks) / (totalTicks - before.totalTicks)));
    }

    private static long jvmNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** busy and total ticks of all cores, from the first line of /proc/stat (iowait counts as idle). */
    private static long[] machineTicks() {
        try {
            String[] fields = Files.readAllLines(Path.of("/proc/stat")).getFirst().trim().split("\\s+");
            long total = 0;
            long idle = 0;
            for (int i = 1; i < fields.length && i <= 8; i++) {
                long value = Long.parseLong(fields[i]);
                total += value;
                if (i == 4 || i == 5) {
                    idle += value;
                }
            }
            return new long[] {total - idle, total};
        } catch (IOException | RuntimeException e) {
            return new long[] {0, 0};
        }
    }

    /** CPU of every process named postgres (the server and its backends, live or exited). */
    private static long postgresTicks() {
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            return processes.filter(path -> path.getFileName().toString().chars().allMatch(Character::isDigit))
                    .mapToLong(CpuSplit::postgresTicksOf).sum();
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static long postgresTicksOf(Path process) {
        try {
            String stat = Files.readString(process.resolve("stat"));
            int nameEnd = stat.lastIndexOf(')');
            if (!stat.substring(stat.indexOf('(') + 1, nameEnd).equals("postgres")) {
                return 0;
            }
            List<String> rest = List.of(stat.substring(nameEnd + 2).split(" "));
            // utime, stime and, for the postmaster, the cutime and cstime of backends that have exited
            return Long.parseLong(rest.get(11)) + Long.parseLong(rest.get(12)) + Long.parseLong(rest.get(13))
                    + Long.parseLong(rest.get(14));
        } catch (IOException | RuntimeException e) {
            return 0; // a process that ended meanwhile
        }
    }
}
