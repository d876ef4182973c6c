package ai.iiagent.adapter.sandbox.local;

import ai.iiagent.domain.credits.CreditReservation;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.shared.ConflictException;
import ai.iiagent.domain.shared.ErrorCode;
import ai.iiagent.domain.shared.NotFoundException;
import ai.iiagent.domain.shared.ServiceUnavailableException;
import ai.iiagent.domain.shared.ValidationException;
import ai.iiagent.port.out.sandbox.SandboxShellPort;
import ai.iiagent.port.out.sandbox.ShellCommand;
import ai.iiagent.port.out.sandbox.ShellInfo;
import ai.iiagent.port.out.sandbox.ShellOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * {@link SandboxShellPort} of the local sandbox: one {@link PersistentShell} per (session, name),
 * each a long-lived {@code bwrap} with the same isolation and limits as a one-off command
 * ({@link BubblewrapCommandLine}), in the session's workspace. At most
 * {@link ShellSessionsConfig#maxShellsPerSession()} per session; idle ones are closed by a sweeper;
 * {@link BubblewrapSandbox#destroy} closes a session's shells before deleting its workspace.
 */
public final class BubblewrapShellSessions implements SandboxShellPort, AutoCloseable {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.-]{1,64}");
    private static final Pattern ENV_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final ErrorCode NOT_FOUND = ErrorCode.of("sandbox_shell_not_found");

    private final BubblewrapSandbox sandbox;
    private final ShellSessionsConfig config;
    private final Map<SessionId, Map<String, PersistentShell>> shells = new ConcurrentHashMap<>();
    private final ScheduledExecutorService sweeper = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("sandbox-shell-sweeper").daemon().factory());

    BubblewrapShellSessions(BubblewrapSandbox sandbox, ShellSessionsConfig config) {
        this.sandbox = sandbox;
        this.config = config;
        long every = Math.clamp(config.idleTimeout().toMillis() / 2, 1000, 30_000);
        sweeper.scheduleWithFixedDelay(this::closeIdle, every, every, TimeUnit.MILLISECONDS);
    }

    @Override
    public ShellOutput run(SessionId sessionId, ShellCommand command, CreditReservation reservation) {
        PersistentShell shell = obtain(sessionId, checkedName(command.shellName()));
        String input = withEnvironment(sessionId, command, reservation);
        return interruptible(() -> shell.run(input, command.timeout(), command.waitForOutput()));
    }

    // Secrets go through a private file the shell sources and deletes, never through its input or transcript.
    private String withEnvironment(SessionId sessionId, ShellCommand command, CreditReservation reservation) {
        if (command.environment().isEmpty()) {
            return command.command();
        }
        StringBuilder exports = new StringBuilder();
        command.environment().forEach((name, value) -> {
            if (!ENV_NAME.matcher(name).matches()) {
                throw new ValidationException(ErrorCode.of("invalid_env_name"), "not a variable name: " + name);
            }
            exports.append("export ").append(name).append("='").append(value.replace("'", "'\\''")).append("'\n");
        });
        String file = ".session-env-" + UUID.randomUUID();
        sandbox.writeFile(sessionId, file, exports.toString().getBytes(StandardCharsets.UTF_8), reservation);
        String path = BubblewrapCommandLine.WORKSPACE + "/" + file;
        return ". " + path + "; rm -f " + path + "; " + command.command();
    }

    @Override
    public ShellOutput write(SessionId sessionId, String shellName, String input, boolean pressEnter,
                             CreditReservation reservation) {
        PersistentShell shell = existing(sessionId, shellName);
        return interruptible(() -> shell.write(input, pressEnter));
    }

    @Override
    public ShellOutput view(SessionId sessionId, String shellName) {
        return existing(sessionId, shellName).view();
    }

    @Override
    public List<ShellInfo> list(SessionId sessionId) {
        Map<String, PersistentShell> own = shells.get(sessionId);
        if (own == null) {
            return List.of();
        }
        synchronized (own) {
            return own.values().stream().map(PersistentShell::info).sorted(Comparator.comparing(ShellInfo::name)).toList();
        }
    }

    @Override
    public void closeAll(SessionId sessionId) {
        Map<String, PersistentShell> own = shells.remove(sessionId);
        if (own == null) {
            return;
        }
        List<ProcessHandle> killed = new ArrayList<>();
        synchronized (own) {
            own.values().forEach(shell -> killed.addAll(shell.close()));
            own.clear();
        }
        try {
            ProcessTrees.awaitGone(killed, 2_000); // all at once: the host's init may take a while to reap
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        sandbox.previews().distrust(sessionId); // servers started in those shells are gone
    }

    /** Closes every shell (application shutdown). */
    @Override
    public void close() {
        sweeper.shutdownNow();
        new ArrayList<>(shells.keySet()).forEach(this::closeAll);
    }

    private PersistentShell obtain(SessionId sessionId, String name) {
        Map<String, PersistentShell> own = shells.computeIfAbsent(sessionId, id -> new TreeMap<>());
        synchronized (own) {
            PersistentShell shell = own.get(name);
            if (shell != null && !shell.exited()) {
                return shell;
            }
            own.remove(name);
            own.values().removeIf(PersistentShell::exited);
            if (own.size() >= config.maxShellsPerSession()) {
                throw new ConflictException(ErrorCode.of("sandbox_shell_limit"), "this session already has "
                        + own.size() + " shells (the limit); reuse one of " + own.keySet());
            }
            PersistentShell started = start(sessionId, name);
            own.put(name, started);
            if (shells.get(sessionId) != own) { // destroyed meanwhile
                started.close();
                throw new NotFoundException(NOT_FOUND, "the sandbox was destroyed");
            }
            return started;
        }
    }

    private PersistentShell start(SessionId sessionId, String name) {
        if (!Files.isExecutable(Path.of(BubblewrapCommandLine.SCRIPT))) {
            throw new ServiceUnavailableException(BubblewrapSandbox.UNAVAILABLE,
                    "persistent shells need util-linux's script (" + BubblewrapCommandLine.SCRIPT + "), which is missing");
        }
        String bwrap = sandbox.bwrapExecutable();
        Path workspace = sandbox.workspace(sessionId);
        List<String> argv = BubblewrapCommandLine.shell(sandbox.config(), bwrap, workspace, sandbox.hostUid(sessionId));
        try {
            // bwrap stays the sandbox's PID 1 and keeps its own environment, readable inside: give it nothing of ours
            Process process = SandboxProcesses.start(new ProcessBuilder(argv).redirectErrorStream(true),
                    BubblewrapCommandLine.baseEnvironment());
            return PersistentShell.start(name, process, config.bufferBytes(), config.startTimeout());
        } catch (IOException e) {
            throw new ServiceUnavailableException(BubblewrapSandbox.UNAVAILABLE,
                    "could not start a sandbox shell: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServiceUnavailableException(BubblewrapSandbox.UNAVAILABLE, "interrupted while a sandbox shell started");
        }
    }

    private PersistentShell existing(SessionId sessionId, String name) {
        Map<String, PersistentShell> own = shells.get(sessionId);
        PersistentShell shell = null;
        if (own != null) {
            synchronized (own) {
                shell = own.get(name);
            }
        }
        if (shell == null) {
            throw new NotFoundException(NOT_FOUND, "there is no shell named '" + name + "'; start one with Bash"
                    + (own == null || own.isEmpty() ? "" : " or use one of " + own.keySet()));
        }
        return shell;
    }

    private void closeIdle() {
        Instant before = Instant.now().minus(config.idleTimeout());
        for (Map<String, PersistentShell> own : shells.values()) {
            synchronized (own) {
                own.values().removeIf(shell -> {
                    boolean idle = shell.lastActivity().isBefore(before);
                    if (idle) {
                        shell.close();
                    }
                    return idle;
                });
            }
        }
    }

    private static String checkedName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new ValidationException(ErrorCode.of("invalid_shell_name"),
                    "a shell name is 1-64 letters, digits, '_', '.' or '-'");
        }
        return name;
    }

    private interface ShellCall {
        ShellOutput call() throws InterruptedException;
    }

    private static ShellOutput interruptible(ShellCall call) {
        try {
            return call.call();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServiceUnavailableException(BubblewrapSandbox.UNAVAILABLE, "interrupted while a shell command ran");
        }
    }
}
