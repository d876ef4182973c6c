package ai.iiagent.bootstrap;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.jboss.logging.Logger;

/**
 * The postmaster an earlier run started on this data directory and left running because its JVM was
 * killed (SIGKILL, OOM killer): pg_ctl daemonises it, so nothing else stops it, and it holds the data
 * directory and its postmaster.pid. Only a live process that is PostgreSQL and works in this very data
 * directory, and whose server no longer runs (zonky's lock on epg-lock is free), is stopped; a stale or
 * foreign pid is left to PostgreSQL's own lock-file check.
 */
final class OrphanedPostmaster {

    private static final Logger LOG = Logger.getLogger(OrphanedPostmaster.class);
    private static final Duration FAST_SHUTDOWN_WAIT = Duration.ofSeconds(30);
    private static final Duration IMMEDIATE_SHUTDOWN_WAIT = Duration.ofSeconds(10);
    /** The file zonky's EmbeddedPostgres keeps locked while its server runs. */
    private static final String LOCK_FILE = "epg-lock";
    private static final String PID_FILE = "postmaster.pid";

    private OrphanedPostmaster() {
    }

    /** Stops the orphaned postmaster of this data directory, if there is one; true when one was stopped. */
    static boolean stopIfRunning(Path dataDirectory) {
        if (!Files.exists(dataDirectory.resolve(PID_FILE)) || !Files.isDirectory(Path.of("/proc"))) {
            return false; // nothing recorded, or not Linux (whose /proc the checks below read)
        }
        // A live server holds zonky's lock on this file: its postmaster is not an orphan and is never touched.
        try (FileChannel channel = FileChannel.open(dataDirectory.resolve(LOCK_FILE),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock lock = channel.tryLock()) {
            if (lock == null) {
                LOG.warnf("%s is in use by another running server: its PostgreSQL is left alone", dataDirectory);
                return false;
            }
            return stopRecordedPostmaster(dataDirectory);
        } catch (IOException | OverlappingFileLockException e) {
            LOG.warnf("could not check %s for an orphaned PostgreSQL: %s", dataDirectory, e.toString());
            return false;
        }
    }

    private static boolean stopRecordedPostmaster(Path dataDirectory) {
        OptionalLong recorded = recordedPid(dataDirectory.resolve(PID_FILE));
        if (recorded.isEmpty() || !isAlive(recorded.getAsLong())) {
            return false; // no lock file, or a stale one: PostgreSQL replaces it itself
        }
        long pid = recorded.getAsLong();
        if (!isPostmasterOf(pid, dataDirectory)) {
            LOG.warnf("postmaster.pid in %s names pid %d, a process that is not PostgreSQL on this data directory: "
                    + "left alone (PostgreSQL decides whether the lock file is stale)", dataDirectory, pid);
            return false;
        }
        LOG.warnf("embedded PostgreSQL (pid %d) of an earlier run that did not shut down still holds %s: stopping it",
                pid, dataDirectory);
        // SIGINT is PostgreSQL's fast shutdown (what pg_ctl stop -m fast sends); SIGQUIT its immediate one.
        if (signalAndWait(pid, "INT", FAST_SHUTDOWN_WAIT) || signalAndWait(pid, "QUIT", IMMEDIATE_SHUTDOWN_WAIT)) {
            LOG.infof("orphaned embedded PostgreSQL (pid %d) stopped", pid);
            return true;
        }
        throw new IllegalStateException("embedded PostgreSQL of an earlier run (pid " + pid + ") still holds "
                + dataDirectory + " and did not stop: stop that process, then start again");
    }

    private static OptionalLong recordedPid(Path pidFile) {
        try {
            List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
            return lines.isEmpty() ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(lines.get(0).trim()));
        } catch (IOException | NumberFormatException absentOrUnreadable) {
            return OptionalLong.empty();
        }
    }

    /** PostgreSQL's own binary, working in this data directory (the postmaster chdirs into it). */
    private static boolean isPostmasterOf(long pid, Path dataDirectory) {
        Path proc = Path.of("/proc", Long.toString(pid));
        try {
            if (!"postgres".equals(Files.readString(proc.resolve("comm")).strip())) {
                return false;
            }
            Optional<Path> workingIn = workingDirectory(proc);
            return workingIn.isPresent() && Files.isSameFile(workingIn.get(), dataDirectory);
        } catch (IOException | SecurityException unreadable) {
            return false; // gone, or not ours to inspect: then it is not ours to stop either
        }
    }

    /** The cwd link when readable; otherwise the -D argument of its command line. */
    private static Optional<Path> workingDirectory(Path proc) throws IOException {
        Path cwd = proc.resolve("cwd");
        if (Files.isReadable(cwd)) {
            return Optional.of(cwd.toRealPath());
        }
        String[] argv = Files.readString(proc.resolve("cmdline"), StandardCharsets.UTF_8).split("\0");
        for (int i = 0; i + 1 < argv.length; i++) {
            if ("-D".equals(argv[i])) {
                return Optional.of(Path.of(argv[i + 1]));
            }
        }
        return Optional.empty();
    }

    /** Sends the signal (through the shell's kill builtin: Java can only send TERM and KILL) and waits for exit. */
    private static boolean signalAndWait(long pid, String signal, Duration limit) {
        try {
            Process kill = new ProcessBuilder("/bin/sh", "-c", "kill -" + signal + " " + pid)
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            kill.waitFor();
            long deadline = System.nanoTime() + limit.toNanos();
            while (isAlive(pid)) {
                if (System.nanoTime() > deadline) {
                    return false;
                }
                Thread.sleep(100);
            }
            return true;
        } catch (IOException e) {
            LOG.warnf("could not signal pid %d: %s", pid, e.getMessage());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Running, not merely a zombie waiting for a parent (init in a container) that does not reap it. */
    private static boolean isAlive(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            return stat.charAt(stat.lastIndexOf(')') + 2) != 'Z';
        } catch (IOException | RuntimeException gone) {
            return false;
        }
    }
}
