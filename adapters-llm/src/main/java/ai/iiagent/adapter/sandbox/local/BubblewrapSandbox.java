package ai.iiagent.adapter.sandbox.local;

import ai.iiagent.domain.credits.CreditReservation;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.shared.ConflictException;
import ai.iiagent.domain.shared.ErrorCode;
import ai.iiagent.domain.shared.NotFoundException;
import ai.iiagent.domain.shared.ServiceUnavailableException;
import ai.iiagent.domain.shared.ValidationException;
import ai.iiagent.port.out.sandbox.CommandRequest;
import ai.iiagent.port.out.sandbox.CommandResult;
import ai.iiagent.port.out.sandbox.SandboxErrors;
import ai.iiagent.port.out.sandbox.SandboxFileContent;
import ai.iiagent.port.out.sandbox.SandboxFileEntry;
import ai.iiagent.port.out.sandbox.SandboxFileTree;
import ai.iiagent.port.out.sandbox.SandboxInstance;
import ai.iiagent.port.out.sandbox.SandboxPort;
import ai.iiagent.port.out.sandbox.SandboxStatus;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * {@link SandboxPort} on this machine with bubblewrap: one workspace directory per session under
 * {@link BubblewrapSandboxConfig#root()}, each command a fresh {@code bwrap} (see
 * {@link BubblewrapCommandLine}) killed with its whole process tree when the timeout passes.
 * File methods run in this process and check every path against the workspace's real path.
 * Persistent named shells of the same sandbox: {@link #shells()}.
 *
 * <p>Lifecycle: the provider sandbox id is the session id; {@link #pause} only marks the session
 * in memory (no process survives between commands, so there is nothing to stop) and any work call
 * clears the mark; after a restart {@link #connect} reports an existing workspace as RUNNING.
 * No ports can be exposed (no network).
 */
public final class BubblewrapSandbox implements SandboxPort {

    /** The value of {@link #kind()}. */
    public static final String KIND = "local";
    static final ErrorCode UNAVAILABLE = SandboxErrors.UNAVAILABLE;
    private static final long DRAIN_MILLIS = 2_000;
    private static final int TERMINALS_PER_SESSION = 4;
    private static final long TERMINAL_CPU_SECONDS = 3_600;

    private final BubblewrapSandboxConfig config;
    private final BubblewrapShellSessions shells;
    private final BubblewrapTerminals terminals;
    private final SandboxedFileOps fileOps;
    private final LocalWorkspaceFiles files;
    private final PreviewRelays previews;
    private final DatabaseBridges databases;
    // Pausing a local sandbox is only a mark: no process outlives its command, so nothing runs to stop.
    private final Set<SessionId> paused = ConcurrentHashMap.newKeySet();
    private final Map<SessionId, Set<Process>> commands = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicReference<SandboxMemoryWatchdog> watchdog =
            new java.util.concurrent.atomic.AtomicReference<>();

    public BubblewrapSandbox(BubblewrapSandboxConfig config) {
        this(config, ShellSessionsConfig.defaults());
    }

    public BubblewrapSandbox(BubblewrapSandboxConfig config, ShellSessionsConfig shellConfig) {
        this.config = config;
        this.shells = new BubblewrapShellSessions(this, shellConfig);
        this.terminals = new BubblewrapTerminals(this, TERMINALS_PER_SESSION, TERMINAL_CPU_SECONDS);
        this.fileOps = new SandboxedFileOps(this);
        this.files = new LocalWorkspaceFiles(fileOps, config.maxFileBytes());
        this.previews = new PreviewRelays(this);
        this.databases = new DatabaseBridges(this);
    }

    /** Previews of servers started in these sandboxes (docs/projects.md); relays are stopped by {@link #destroy}. */
    public PreviewRelays previews() {
        return previews;
    }

    /** Project databases reachable from these sandboxes through a Unix socket (docs/projects.md); closed by {@link #destroy}. */
    public DatabaseBridges databases() {
        return databases;
    }

    /** The interactive terminals (the socket's {@code pty_*}) in these sandboxes (closed by {@link #destroy}). */
    public BubblewrapTerminals terminals() {
        return terminals;
    }

    /**
     * Starts bounding each sandbox's memory as a whole (all its processes together), on top of the
     * per-process RLIMIT_AS; the caller closes the watchdog at shutdown.
     */
    public SandboxMemoryWatchdog watchMemory(long budgetBytes, Duration every) {
        long first = config.hostUidBase();
        long end = first + config.hostUidCount();
        SandboxMemoryWatchdog started = new SandboxMemoryWatchdog(uid -> Integer.toUnsignedLong(uid) >= first
                && Integer.toUnsignedLong(uid) < end, budgetBytes, every);
        SandboxMemoryWatchdog previous = watchdog.getAndSet(started);
        if (previous != null) {
            previous.close();
        }
        return started;
    }

    /** Stops the memory watchdog, if one runs (application shutdown). */
    public void stopWatchingMemory() {
        SandboxMemoryWatchdog running = watchdog.getAndSet(null);
        if (running != null) {
            running.close();
        }
    }

    /** The persistent named shells in these sandboxes (closed by {@link #destroy}). */
    public BubblewrapShellSessions shells() {
        return shells;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public SandboxInstance ensure(SessionId sessionId, CreditReservation reservation) {
        workspace(sessionId);
        return instance(sessionId);
    }

    @Override
    public SandboxInstance createCopy(SessionId sessionId, SessionId sourceSessionId, CreditReservation reservation) {
        if (Files.isDirectory(workspaceOf(sessionId), LinkOption.NOFOLLOW_LINKS)) {
            return ensure(sessionId, reservation);
        }
        Path target = workspace(sessionId);
        Path source = workspaceOf(sourceSessionId);
        if (!sessionId.equals(sourceSessionId) && Files.isDirectory(source, LinkOption.NOFOLLOW_LINKS)) {
            WorkspaceCopy.copy(fileOps, source, hostUid(sourceSessionId), target, hostUid(sessionId));
        }
        return instance(sessionId);
    }

    @Override
    public SandboxInstance connect(SessionId sessionId, String providerSandboxId) {
        if (!sessionId.toString().equals(providerSandboxId)) {
            return new SandboxInstance(providerSandboxId, SandboxStatus.ABSENT, Map.of());
        }
        return new SandboxInstance(providerSandboxId, status(sessionId), Map.of());
    }

    @Override
    public SandboxStatus pause(SessionId sessionId) {
        if (exists(sessionId)) {
            paused.add(sessionId);
        }
        return status(sessionId);
    }

    @Override
    public SandboxStatus resume(SessionId sessionId) {
        paused.remove(sessionId);
        return status(sessionId);
    }

    @Override
    public CommandResult run(SessionId sessionId, CommandRequest request, CreditReservation reservation) {
        String bwrap = bwrapExecutable();
        Path workspace = workspace(sessionId);
        List<String> argv = BubblewrapCommandLine.build(config, bwrap, workspace, hostUid(sessionId), request.command());
        long started = System.nanoTime();
        try {
            ProcessBuilder builder = new ProcessBuilder(argv).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
            // the whole environment, instead of bwrap --clearenv, which would drop the request's variables too
            Process process = SandboxProcesses.start(builder, BubblewrapCommandLine.environment(request.environment()));
            Set<Process> own = commands.computeIfAbsent(sessionId, id -> ConcurrentHashMap.newKeySet());
            own.add(process);
            process.onExit().thenRun(() -> own.remove(process));
            BoundedCapture out = BoundedCapture.start(process.getInputStream(), request.outputLimitBytes());
            BoundedCapture err = BoundedCapture.start(process.getErrorStream(), request.outputLimitBytes());
            boolean finished = exitedWithin(process, request.timeout());
            if (!finished) {
                killTree(process);
            }
            String stdout = out.await(DRAIN_MILLIS);
            String stderr = err.await(DRAIN_MILLIS);
            return new CommandResult(process.exitValue(), stdout, stderr, out.truncated() || err.truncated(), !finished,
                    Duration.ofNanos(System.nanoTime() - started));
        } catch (IOException e) {
            throw new ServiceUnavailableException(UNAVAILABLE, "could not start bubblewrap: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServiceUnavailableException(UNAVAILABLE, "interrupted while a sandbox command ran");
        }
    }

    @Override
    public byte[] readFile(SessionId sessionId, String path, CreditReservation reservation) {
        return files.read(workspace(sessionId), hostUid(sessionId), path);
    }

    @Override
    public void writeFile(SessionId sessionId, String path, byte[] content, CreditReservation reservation) {
        files.write(workspace(sessionId), hostUid(sessionId), path, new java.io.ByteArrayInputStream(content));
    }

    @Override
    public long upload(SessionId sessionId, String path, InputStream content, CreditReservation reservation) {
        return files.write(workspace(sessionId), hostUid(sessionId), path, content);
    }

    @Override
    public InputStream download(SessionId sessionId, String path, CreditReservation reservation) {
        return files.open(workspace(sessionId), hostUid(sessionId), path);
    }

    @Override
    public URI exposePort(SessionId sessionId, int port, CreditReservation reservation) {
        if (port < 1 || port > 65_535) {
            throw new ValidationException(ErrorCode.of("invalid_port"), "a port is between 1 and 65535");
        }
        throw new ConflictException(SandboxErrors.OPERATION_UNSUPPORTED,
                "the local sandbox has no network, so it cannot expose a port");
    }

    @Override
    public SandboxFileTree listTree(SessionId sessionId, String directory, int maxDepth, int maxEntries) {
        LocalWorkspaceFiles.Listing listing = files.list(existingWorkspace(sessionId), hostUid(sessionId), directory,
                maxDepth, maxEntries);
        return new SandboxFileTree(listing.entries(), listing.truncated());
    }

    @Override
    public SandboxFileContent readHead(SessionId sessionId, String path, int maxBytes) {
        return files.head(existingWorkspace(sessionId), hostUid(sessionId), path, maxBytes);
    }

    @Override
    public List<SandboxFileEntry> listFiles(SessionId sessionId, String directory, CreditReservation reservation) {
        return files.list(workspace(sessionId), hostUid(sessionId), directory, 1, LocalWorkspaceFiles.SCAN_LIMIT).entries();
    }

    @Override
    public void destroy(SessionId sessionId) {
        previews.close(sessionId);
        databases.close(sessionId);
        shells.closeAll(sessionId);
        terminals.closeAll(sessionId);
        killCommands(sessionId);
        paused.remove(sessionId);
        Path workspace = config.root().resolve(sessionId.toString());
        if (!Files.exists(workspace, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        WorkspaceRemoval.remove(workspace);
    }

    @Override
    public SandboxStatus status(SessionId sessionId) {
        if (!exists(sessionId)) {
            return SandboxStatus.ABSENT;
        }
        return paused.contains(sessionId) ? SandboxStatus.PAUSED : SandboxStatus.RUNNING;
    }

    /** The sessions with a workspace directory under the root; names that are not session ids are skipped. */
    @Override
    public List<SessionId> list() {
        if (!Files.isDirectory(config.root())) {
            return List.of();
        }
        return io(() -> {
            try (Stream<Path> children = Files.list(config.root())) {
                return children.filter(child -> Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS))
                        .map(child -> child.getFileName().toString()).filter(BubblewrapSandbox::isUuid)
                        .map(name -> new SessionId(UUID.fromString(name))).sorted(Comparator.comparing(SessionId::toString)).toList();
            }
        });
    }

    /**
     * How to start a long-lived program in the session's sandbox (creating the workspace first): the
     * argv and environment for a {@code ProcessBuilder} whose environment is cleared first, and bytes
     * to write to the process's stdin before anything else. The program's own variables travel in
     * that preamble ({@code NAME=VALUE\0}… then an empty {@code \0}) and are set by a small bash
     * step inside the sandbox: never in the environment of the host-side chain (prlimit and setpriv
     * run as root, where a variable like {@code LD_PRELOAD} would be code execution) nor on a command
     * line (visible in the host's process list). Used for MCP stdio servers; the caller owns the process.
     *
     * @param cpuSeconds CPU-time limit of the whole process (it lives for a run, not one command)
     * @param network    whether it shares the host's network (off unless the operator allows it)
     */
    public SandboxedLaunch launch(SessionId sessionId, List<String> command, Map<String, String> env, long cpuSeconds,
                                  boolean network) {
        return launch(sessionId, command, env, cpuSeconds, network, Map.of(), config.memoryBytes());
    }

    /**
     * As {@link #launch(SessionId, List, Map, long, boolean)}, with host directories mounted read-only
     * at the given absolute sandbox paths (a coding CLI installed on the host, say) and its own
     * address-space limit (Node's WebAssembly reserves far more address space than it uses; the
     * memory watchdog still bounds what the sandbox really holds).
     */
    public SandboxedLaunch launch(SessionId sessionId, List<String> command, Map<String, String> env, long cpuSeconds,
                                  boolean network, Map<Path, String> readOnlyBinds, long addressSpaceBytes) {
        String bwrap = bwrapExecutable();
        Path workspace = workspace(sessionId);
        List<String> program = new ArrayList<>(List.of("/bin/bash", "--noprofile", "--norc", "-c", ENV_FROM_STDIN, "mcp-env"));
        program.addAll(command);
        java.io.ByteArrayOutputStream preamble = new java.io.ByteArrayOutputStream();
        env.forEach((key, value) -> {
            if (key.indexOf('=') >= 0 || key.indexOf('\0') >= 0 || value.indexOf('\0') >= 0) {
                throw new IllegalArgumentException("environment names and values cannot hold '=' (names) or NUL");
            }
            preamble.writeBytes((key + "=" + value).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            preamble.write(0);
        });
        preamble.write(0);
        return new SandboxedLaunch(BubblewrapCommandLine.exec(config, bwrap, workspace, hostUid(sessionId), cpuSeconds,
                network, readOnlyBinds, addressSpaceBytes, program), BubblewrapCommandLine.baseEnvironment(),
                preamble.toByteArray());
    }

    // Reads NAME=VALUE entries up to an empty one from stdin (bash reads pipes byte by byte, so the rest stays
    // for the program), then execs the program with them through env(1), which accepts any name.
    private static final String ENV_FROM_STDIN = "vars=(); while IFS= read -r -d '' kv && [ -n \"$kv\" ]; do"
            + " vars+=(\"$kv\"); done; exec /usr/bin/env \"${vars[@]}\" \"$@\"";

    /** An argv, a host-safe environment and a stdin preamble that start one program inside a session's sandbox. */
    public record SandboxedLaunch(List<String> argv, Map<String, String> environment, byte[] stdinPreamble) {
        public SandboxedLaunch {
            argv = List.copyOf(argv);
            environment = Map.copyOf(environment);
            stdinPreamble = stdinPreamble.clone();
        }

        @Override
        public byte[] stdinPreamble() {
            return stdinPreamble.clone();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof SandboxedLaunch that && argv.equals(that.argv) && environment.equals(that.environment)
                    && java.util.Arrays.equals(stdinPreamble, that.stdinPreamble);
        }

        @Override
        public int hashCode() {
            return argv.hashCode() * 31 + java.util.Arrays.hashCode(stdinPreamble);
        }

        @Override
        public String toString() {
            return "SandboxedLaunch[" + argv.getLast() + ", " + stdinPreamble.length + " preamble bytes]";
        }
    }

    /** The host uid a session's commands run as (mapped to 65534 inside), stable per session. */
    int hostUid(SessionId sessionId) {
        return config.hostUidBase() + Math.floorMod(sessionId.value().hashCode(), config.hostUidCount());
    }

    Path workspaceOf(SessionId sessionId) {
        return config.root().resolve(sessionId.toString());
    }

    private SandboxInstance instance(SessionId sessionId) {
        return new SandboxInstance(sessionId.toString(), status(sessionId), Map.of());
    }

    private boolean exists(SessionId sessionId) {
        return Files.isDirectory(workspaceOf(sessionId), LinkOption.NOFOLLOW_LINKS);
    }

    private Path existingWorkspace(SessionId sessionId) {
        if (!exists(sessionId)) {
            throw new NotFoundException(SandboxErrors.NOT_FOUND, "the session has no sandbox yet");
        }
        return workspaceOf(sessionId);
    }

    private static boolean isUuid(String name) {
        try {
            return UUID.fromString(name).toString().equals(name);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * Copies the directory {@code /workspace/<directory>} of {@code from}'s sandbox (its contents, not the
     * directory itself) into the workspace of {@code target} in {@code into} (another local sandbox root,
     * e.g. deployed sites'): a tar stream packed inside the source sandbox as its uid and unpacked inside
     * the target's as the target's uid, so links are copied as links and never followed on the host. The
     * dev server's {@code .server.pid}/{@code .server.log} and the database socket are left out.
     *
     * @throws NotFoundException {@link SandboxErrors#FILE_NOT_FOUND} when there is no such directory
     */
    public void copyDirectoryTo(SessionId from, String directory, BubblewrapSandbox into, SessionId target) {
        Path source = existingWorkspace(from);
        Path destination = into.workspace(target);
        SandboxedFileOps.Running pack = fileOps.start(source, hostUid(from), WorkspaceScripts.PACK_DIRECTORY, directory);
        SandboxedFileOps.Running unpack = into.fileOps.start(destination, into.hostUid(target), WorkspaceScripts.UNPACK, "");
        try (InputStream packed = pack.stdout(); InputStream ack = unpack.stdout()) {
            pack.checked();
            unpack.checked();
            try (java.io.OutputStream to = unpack.stdin()) {
                packed.transferTo(to);
            }
            unpack.finished();
        } catch (IOException e) {
            throw unpack.failed(e);
        }
    }

    /** The host directory of a session's workspace (it may not exist); for reading a copy no process writes to. */
    public Path workspaceDirectory(SessionId sessionId) {
        return workspaceOf(sessionId);
    }

    /** The directory these sandboxes' workspaces live in. */
    public Path root() {
        return config.root();
    }

    BubblewrapSandboxConfig config() {
        return config;
    }

    // Root: owned by us, traversable but not listable; workspace: owned by the session's uid only.
    Path workspace(SessionId sessionId) {
        paused.remove(sessionId);
        Path workspace = workspaceOf(sessionId);
        return io(() -> {
            Files.createDirectories(config.root());
            Files.setPosixFilePermissions(config.root(), PosixFilePermissions.fromString("rwx--x--x"));
            if (!Files.isDirectory(workspace, LinkOption.NOFOLLOW_LINKS)) {
                Files.createDirectory(workspace);
            }
            Files.setPosixFilePermissions(workspace, PosixFilePermissions.fromString("rwx------"));
            own(workspace, hostUid(sessionId));
            return workspace;
        });
    }

    String bwrapExecutable() {
        String bwrap = config.bwrap();
        if (bwrap.contains("/")) {
            if (Files.isExecutable(Path.of(bwrap))) {
                return bwrap;
            }
        } else {
            for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":")) {
                if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, bwrap))) {
                    return Path.of(dir, bwrap).toString();
                }
            }
        }
        throw new ServiceUnavailableException(UNAVAILABLE,
                "the local sandbox needs bubblewrap (" + bwrap + ") and it is not installed: apt-get install bubblewrap");
    }

    // Parks on the JDK's process reaper instead of Process.waitFor: on JDK 21 a virtual thread in waitFor pins its carrier
    // for the command's whole run, and a few long commands would leave no carrier for anything else.
    private static boolean exitedWithin(Process process, Duration timeout) throws InterruptedException {
        try {
            process.onExit().get(timeout.toNanos(), TimeUnit.NANOSECONDS);
            return true;
        } catch (java.util.concurrent.TimeoutException e) {
            return false;
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("waiting for a sandbox command failed", e.getCause());
        }
    }

    // A command still running would otherwise keep writing into (or swapping links in) a workspace being deleted.
    private void killCommands(SessionId sessionId) {
        Set<Process> own = commands.remove(sessionId);
        if (own == null) {
            return;
        }
        try {
            for (Process process : List.copyOf(own)) {
                killTree(process);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void killTree(Process process) throws InterruptedException {
        ProcessTrees.awaitGone(ProcessTrees.kill(process), DRAIN_MILLIS);
    }

    private static void own(Path path, int uid) throws IOException {
        Files.setAttribute(path, "unix:uid", uid, LinkOption.NOFOLLOW_LINKS);
        Files.setAttribute(path, "unix:gid", uid, LinkOption.NOFOLLOW_LINKS);
    }

    private interface IoAction<T> {
        T run() throws IOException;
    }

    private static <T> T io(IoAction<T> action) {
        try {
            return action.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
