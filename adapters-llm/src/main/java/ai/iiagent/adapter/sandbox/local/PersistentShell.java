package ai.iiagent.adapter.sandbox.local;

import ai.iiagent.domain.shared.ConflictException;
import ai.iiagent.domain.shared.ErrorCode;
import ai.iiagent.domain.shared.ServiceUnavailableException;
import ai.iiagent.port.out.sandbox.ShellInfo;
import ai.iiagent.port.out.sandbox.ShellOutput;
import ai.iiagent.port.out.sandbox.ShellState;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Pattern;

/**
 * One long-lived interactive bash on its own pseudo-terminal inside the sandbox
 * ({@link BubblewrapCommandLine#shell}). Each command goes in as ONE line,
 * {@code eval $'<command>'; printf '\037IIDONE:<nonce>:%d:%s\037' "$?" "$PWD"}: bash reads the whole
 * line before running it, so a command that reads the terminal (a prompt) only ever sees what is
 * written to it later, never the marker. A reader thread keeps the output in an {@link OutputRing}
 * and spots the marker, which carries the exit status and working directory.
 *
 * <p>A command still running at its timeout gets Ctrl-C (the terminal sends SIGINT to the
 * foreground job, interactive bash abandons the line), then a fresh marker line; if that marker does
 * not come back the shell is killed with everything it started.
 */
final class PersistentShell {

    static final ErrorCode BUSY = ErrorCode.of("sandbox_shell_busy");
    private static final Pattern ANY_MARKER = Pattern.compile("\u001fIIDONE:[0-9a-f]+:[^\u001f]*\u001f");
    private static final String INTERRUPT = "\u0003";
    private static final long SETTLE_QUIET_NANOS = TimeUnit.MILLISECONDS.toNanos(500);
    private static final long SETTLE_MIN_NANOS = TimeUnit.MILLISECONDS.toNanos(300);
    private static final Duration RECOVERY_WAIT = Duration.ofSeconds(2);
    private static final SecureRandom RANDOM = new SecureRandom();
    /**
     * Kills what a finished command left behind: every process of the shell's terminal session in a
     * process group that is neither the shell's, its parent's ({@code script} may start it through
     * {@code sh -c}) nor one of its jobs (a fork bomb's survivors, {@code (x &)}).
     * Background jobs ({@code server &}) stay. Runs in the shell itself (no fork), options restored on return.
     */
    private static final String REAP = "__ii_reap() { local - IFS=' ' f st pg sid keep j; set +f;"
            + " builtin jobs -p > /tmp/.ii-jobs 2>/dev/null || return 0;"
            + " builtin read -r st < /proc/$$/stat; st=${st##*) }; set -- $st; pg=$3; sid=$4;"
            + " keep=\" $pg\"; while builtin read -r j; do keep+=\" $j\"; done < /tmp/.ii-jobs;"
            + " builtin read -r st < /proc/$PPID/stat && st=${st##*) } && set -- $st && keep+=\" $3\"; keep+=\" \";"
            + " for f in /proc/[0-9]*/stat; do builtin read -r st < \"$f\" 2>/dev/null || continue;"
            + " st=${st##*) }; set -- $st; [ \"$4\" = \"$sid\" ] || continue;"
            + " case \"$keep\" in *\" $3 \"*) continue;; esac; builtin kill -9 -- \"-$3\" 2>/dev/null; done; }; ";
    // Terminal without echo, post-processing or line discipline (long lines pass), no prompts, no history expansion.
    private static final String INIT = "stty -echo -onlcr -icanon cols 200 rows 50 2>/dev/null; PS1=''; PS2=''; PS0='';"
            + " unset PROMPT_COMMAND MAIL MAILPATH HISTFILE; set +H +o history;"
            + " export TERM=dumb PAGER=cat GIT_PAGER=cat; " + REAP;

    private final String name;
    private final Process process;
    private final OutputStream terminal;
    private final OutputRing ring;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    // Guarded by lock.
    private ShellState state = ShellState.RUNNING;
    private String runningCommand = "(starting)";
    private String awaitedNonce;
    private long scanFrom;
    private long markerAt = -1;
    private long visibleFrom;
    private Integer lastExitCode;
    private String cwd;
    private volatile Instant lastActivity = Instant.now();
    private volatile long lastOutputNanos = System.nanoTime();

    private PersistentShell(String name, Process process, int bufferBytes) {
        this.name = name;
        this.process = process;
        this.terminal = process.getOutputStream();
        this.ring = new OutputRing(bufferBytes);
        SandboxProcesses.readerThreads().newThread(() -> read(process.getInputStream())).start();
    }

    /** Starts reading the shell's terminal and waits until it answered its first marker (then it is idle). */
    static PersistentShell start(String name, Process process, int bufferBytes, Duration startTimeout)
            throws InterruptedException {
        PersistentShell shell = new PersistentShell(name, process, bufferBytes);
        String nonce;
        shell.lock.lock();
        try {
            nonce = shell.expect(0);
        } finally {
            shell.lock.unlock();
        }
        if (!shell.send(INIT + marker(nonce) + "\n") || !shell.awaitMarker(System.nanoTime() + startTimeout.toNanos())) {
            String said = shell.text(0, shell.ring.end());
            shell.close();
            throw new ServiceUnavailableException(BubblewrapSandbox.UNAVAILABLE,
                    "the sandbox shell did not start" + (said.isBlank() ? "" : ": " + said.strip()));
        }
        shell.lock.lock();
        try {
            shell.visibleFrom = shell.ring.end(); // the first prompt and the set-up line stay hidden
        } finally {
            shell.lock.unlock();
        }
        return shell;
    }

    String name() {
        return name;
    }

    Instant lastActivity() {
        return lastActivity;
    }

    boolean exited() {
        lock.lock();
        try {
            return state == ShellState.EXITED;
        } finally {
            lock.unlock();
        }
    }

    /** Runs a command; see {@link ai.iiagent.port.out.sandbox.SandboxShellPort#run}. */
    ShellOutput run(String command, Duration timeout, boolean waitForOutput) throws InterruptedException {
        long from;
        String nonce;
        lock.lock();
        try {
            if (state == ShellState.EXITED) {
                return new ShellOutput(name, state, "", false, null, false);
            }
            if (state == ShellState.RUNNING) {
                throw new ConflictException(BUSY, "shell '" + name + "' is still running `" + runningCommand + "`;"
                        + " see it with BashView, answer it with BashWriteToProcess (\"\\u0003\" stops it), or use"
                        + " another session_name");
            }
            byte[] echo = ("$ " + command.strip().replace("\n", "\n> ") + "\n").getBytes(StandardCharsets.UTF_8);
            ring.append(echo, 0, echo.length); // what a terminal would have shown, for BashView
            from = ring.end();
            nonce = expect(from);
            runningCommand = command.strip();
            lastActivity = Instant.now();
        } finally {
            lock.unlock();
        }
        if (!send("eval " + ansiC(command) + "; " + marker(nonce) + "\n")) {
            return snapshot(from, false);
        }
        if (!waitForOutput) {
            settle(Duration.ofSeconds(2));
            return snapshot(from, false);
        }
        if (awaitMarker(System.nanoTime() + timeout.toNanos())) {
            return snapshot(from, false);
        }
        interrupt();
        return snapshot(from, true);
    }

    /** Writes input to the running command; see {@link ai.iiagent.port.out.sandbox.SandboxShellPort#write}. */
    ShellOutput write(String input, boolean pressEnter) throws InterruptedException {
        long from;
        lock.lock();
        try {
            if (state != ShellState.RUNNING) {
                throw new ConflictException(ErrorCode.of("sandbox_shell_idle"), "nothing is running in shell '" + name
                        + "' (it is " + state.name().toLowerCase(java.util.Locale.ROOT) + "); run a command with Bash");
            }
            from = ring.end();
            lastActivity = Instant.now();
        } finally {
            lock.unlock();
        }
        if (input.contains(INTERRUPT)) {
            send(input.substring(0, input.indexOf(INTERRUPT))); // what follows Ctrl-C would be flushed anyway
            interrupt();
        } else if (send(input + (pressEnter ? "\n" : ""))) {
            settle(Duration.ofSeconds(5));
        }
        return snapshot(from, false);
    }

    /** The tail the buffer holds since the shell became ready. */
    ShellOutput view() {
        lastActivity = Instant.now();
        lock.lock();
        try {
            return new ShellOutput(name, state, text(visibleFrom, ring.end()), visibleFrom < ring.start(),
                    state == ShellState.IDLE ? lastExitCode : null, false);
        } finally {
            lock.unlock();
        }
    }

    ShellInfo info() {
        lock.lock();
        try {
            return new ShellInfo(name, state, state == ShellState.RUNNING ? runningCommand : null, cwd, lastExitCode,
                    lastActivity);
        } finally {
            lock.unlock();
        }
    }

    /** Kills the shell and everything it started; returns the killed descendants (see {@link ProcessTrees#kill}). */
    List<ProcessHandle> close() {
        List<ProcessHandle> killed = List.of();
        try {
            killed = ProcessTrees.kill(process);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        lock.lock();
        try {
            state = ShellState.EXITED;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        return killed;
    }

    // Ctrl-C, then a fresh marker (twice); a shell that still does not answer is killed.
    private void interrupt() throws InterruptedException {
        for (int attempt = 0; attempt < 2; attempt++) {
            if (!send(INTERRUPT)) {
                return;
            }
            Thread.sleep(200); // the terminal flushes pending input on Ctrl-C: send the marker after it
            String nonce;
            lock.lock();
            try {
                if (state == ShellState.EXITED) {
                    return;
                }
                nonce = expect(ring.end());
            } finally {
                lock.unlock();
            }
            if (!send(marker(nonce) + "\n")) {
                return;
            }
            if (awaitMarker(System.nanoTime() + RECOVERY_WAIT.toNanos())) {
                return;
            }
        }
        close();
    }

    // Caller holds the lock.
    private String expect(long from) {
        String nonce = HexFormat.of().formatHex(randomBytes());
        awaitedNonce = nonce;
        scanFrom = from;
        markerAt = -1;
        state = ShellState.RUNNING;
        return nonce;
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[8];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    /** True once the awaited marker arrived (the shell is idle); false at the deadline or when the shell ended. */
    private boolean awaitMarker(long deadlineNanos) throws InterruptedException {
        lock.lock();
        try {
            while (state == ShellState.RUNNING) {
                long left = deadlineNanos - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                changed.awaitNanos(left);
            }
            return state == ShellState.IDLE;
        } finally {
            lock.unlock();
        }
    }

    // Until the command ends, or it printed something and then went quiet, or at most max.
    private void settle(Duration max) throws InterruptedException {
        long started = System.nanoTime();
        long deadline = started + max.toNanos();
        lock.lock();
        try {
            while (state == ShellState.RUNNING) {
                long now = System.nanoTime();
                boolean quiet = now - started >= SETTLE_MIN_NANOS && now - lastOutputNanos >= SETTLE_QUIET_NANOS;
                if (quiet || now >= deadline) {
                    return;
                }
                changed.awaitNanos(TimeUnit.MILLISECONDS.toNanos(50));
            }
        } finally {
            lock.unlock();
        }
    }

    private ShellOutput snapshot(long from, boolean timedOut) {
        lock.lock();
        try {
            long to = state == ShellState.IDLE && markerAt >= from ? markerAt : ring.end();
            return new ShellOutput(name, state, text(from, to), from < ring.start(),
                    state == ShellState.IDLE && !timedOut ? lastExitCode : null, timedOut);
        } finally {
            lock.unlock();
        }
    }

    private String text(long from, long to) {
        String raw = new String(ring.slice(from, to), StandardCharsets.UTF_8);
        return ANY_MARKER.matcher(raw).replaceAll("").replace("\r\n", "\n");
    }

    /** False when the shell is gone (its terminal closed). */
    private boolean send(String text) {
        try {
            terminal.write(text.getBytes(StandardCharsets.UTF_8));
            terminal.flush();
            return true;
        } catch (IOException e) {
            close();
            return false;
        }
    }

    private void read(InputStream in) {
        byte[] buffer = new byte[8192];
        try (in) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                ring.append(buffer, 0, n);
                lastOutputNanos = System.nanoTime();
                lock.lock();
                try {
                    scan();
                    changed.signalAll();
                } finally {
                    lock.unlock();
                }
            }
        } catch (IOException e) {
            // the terminal closes when the shell is killed
        } finally {
            lock.lock();
            try {
                state = ShellState.EXITED;
                changed.signalAll();
            } finally {
                lock.unlock();
            }
        }
    }

    // Holding the lock: the ring only grows from the reader (this thread) and from run() under the lock.
    private void scan() {
        if (awaitedNonce == null || state != ShellState.RUNNING) {
            return;
        }
        String prefix = "\u001fIIDONE:" + awaitedNonce + ":";
        long base = Math.max(scanFrom, ring.start());
        String seen = new String(ring.slice(base, ring.end()), StandardCharsets.ISO_8859_1);
        int at = seen.indexOf(prefix);
        if (at < 0) {
            scanFrom = Math.max(base, ring.end() - prefix.length());
            return;
        }
        int close = seen.indexOf('\u001f', at + prefix.length());
        if (close < 0) {
            scanFrom = base + at;
            return;
        }
        String[] statusAndCwd = new String(seen.substring(at + prefix.length(), close).getBytes(StandardCharsets.ISO_8859_1),
                StandardCharsets.UTF_8).split(":", 2);
        try {
            lastExitCode = Integer.parseInt(statusAndCwd[0]);
        } catch (NumberFormatException e) {
            lastExitCode = null;
        }
        cwd = statusAndCwd.length > 1 ? statusAndCwd[1] : cwd;
        markerAt = base + at;
        awaitedNonce = null;
        runningCommand = null;
        state = ShellState.IDLE;
    }

    private static String marker(String nonce) {
        return "__ii_st=$?; __ii_reap 2>/dev/null; printf '\\037IIDONE:%s:%d:%s\\037' " + nonce + " \"$__ii_st\" \"$PWD\"";
    }

    /** The command as one bash ANSI-C quoted word: no newline, quote or control character stays literal. */
    static String ansiC(String command) {
        StringBuilder quoted = new StringBuilder("$'");
        for (char c : command.toCharArray()) {
            switch (c) {
                case '\\' -> quoted.append("\\\\");
                case '\'' -> quoted.append("\\'");
                case '\n' -> quoted.append("\\n");
                case '\t' -> quoted.append("\\t");
                case '\r' -> quoted.append("\\r");
                case '\0' -> { } // bash strings cannot hold NUL
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        quoted.append(String.format("\\x%02x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('\'').toString();
    }
}
