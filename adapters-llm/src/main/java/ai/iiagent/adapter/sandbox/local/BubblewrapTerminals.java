package ai.iiagent.adapter.sandbox.local;

import ai.iiagent.domain.sandboxes.Terminal;
import ai.iiagent.domain.sandboxes.TerminalListener;
import ai.iiagent.domain.sandboxes.TerminalSize;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.shared.ConflictException;
import ai.iiagent.domain.shared.ErrorCode;
import ai.iiagent.domain.shared.ServiceUnavailableException;
import ai.iiagent.port.out.sandbox.SandboxErrors;
import ai.iiagent.port.out.sandbox.SandboxTerminalPort;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Interactive terminals in local (bubblewrap) sandboxes. The pseudo-terminal is made inside the
 * sandbox, on bwrap's private {@code /dev/pts}, by a small Python relay ({@code pty_relay.py}) that
 * the host talks to over pipes: no host terminal is ever handed to sandboxed code, and resizing
 * needs no native library on the host. Each terminal is one process tree with the sandbox's limits
 * and no network; it ends with its shell, on {@link Terminal#close}, or when the sandbox is destroyed.
 */
public final class BubblewrapTerminals implements SandboxTerminalPort {

    static final ErrorCode TERMINAL_LIMIT = ErrorCode.of("terminal_limit");
    static final Path PYTHON = Path.of("/usr/bin/python3");
    private static final String RELAY = relaySource();

    private final BubblewrapSandbox sandbox;
    private final int maxPerSession;
    private final long cpuSeconds;
    private final Map<SessionId, Set<LocalTerminal>> open = new ConcurrentHashMap<>();

    /**
     * @param maxPerSession terminals one session may have open at once
     * @param cpuSeconds    CPU-time limit of each process in a terminal (it lives for minutes, not one command)
     */
    public BubblewrapTerminals(BubblewrapSandbox sandbox, int maxPerSession, long cpuSeconds) {
        this.sandbox = sandbox;
        this.maxPerSession = maxPerSession;
        this.cpuSeconds = cpuSeconds;
    }

    @Override
    public Terminal open(SessionId sessionId, TerminalSize size, TerminalListener listener) {
        if (!Files.isExecutable(PYTHON)) {
            throw new ServiceUnavailableException(SandboxErrors.UNAVAILABLE,
                    "terminals in the local sandbox need python3 (" + PYTHON + ") on the host");
        }
        Set<LocalTerminal> mine = open.computeIfAbsent(sessionId, id -> ConcurrentHashMap.newKeySet());
        if (mine.size() >= maxPerSession) {
            throw new ConflictException(TERMINAL_LIMIT, "this session already has " + maxPerSession + " terminals open");
        }
        BubblewrapSandbox.SandboxedLaunch launch = sandbox.launch(sessionId, List.of(PYTHON.toString(), "-I", "-c", RELAY,
                "" + size.rows(), "" + size.cols()), Map.of("TERM", "xterm-256color"), cpuSeconds, false);
        Process process;
        try {
            process = SandboxProcesses.start(new ProcessBuilder(launch.argv()).redirectErrorStream(true), launch.environment());
            process.getOutputStream().write(launch.stdinPreamble());
            process.getOutputStream().flush();
        } catch (IOException e) {
            throw new ServiceUnavailableException(SandboxErrors.UNAVAILABLE, "could not start a terminal: " + e.getMessage());
        }
        LocalTerminal terminal = new LocalTerminal(process, listener, () -> forget(sessionId));
        mine.add(terminal);
        terminal.start(mine);
        return terminal;
    }

    @Override
    public void closeAll(SessionId sessionId) {
        Set<LocalTerminal> mine = open.remove(sessionId);
        if (mine != null) {
            mine.forEach(LocalTerminal::close);
            sandbox.previews().distrust(sessionId); // servers started in those terminals are gone
        }
    }

    /** Every open terminal of every session (at shutdown). */
    public void closeAll() {
        List.copyOf(open.keySet()).forEach(this::closeAll);
    }

    /** How many terminals the session has open now. */
    public int openCount(SessionId sessionId) {
        Set<LocalTerminal> mine = open.get(sessionId);
        return mine == null ? 0 : mine.size();
    }

    private void forget(SessionId sessionId) {
        open.computeIfPresent(sessionId, (id, set) -> set.isEmpty() ? null : set);
    }

    private static String relaySource() {
        try (InputStream in = BubblewrapTerminals.class.getResourceAsStream("pty_relay.py")) {
            if (in == null) {
                throw new IllegalStateException("pty_relay.py is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
