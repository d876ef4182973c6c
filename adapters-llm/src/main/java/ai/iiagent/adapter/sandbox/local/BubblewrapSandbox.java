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
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
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
    private static final ErrorCode FILE_NOT_FOUND = SandboxErrors.FILE_NOT_FOUND;
    private static final ErrorCode FILE_TOO_LARGE = ErrorCode.of("sandbox_file_too_large");
    private static final long DRAIN_MILLIS = 2_000;
    private static final int TERMINALS_PER_SESSION = 4;
    private static final long TERMINAL_CPU_SECONDS = 3_600;

    private final BubblewrapSandboxConfig config;
    private final BubblewrapShellSessions shells;
    private final BubblewrapTerminals terminals;
    // Pausing a local sandbox is only a mark: no process outlives its command, so nothing runs to stop.
    private final Set<SessionId> paused = ConcurrentHashMap.newKeySet();

    public BubblewrapSandbox(BubblewrapSandboxConfig config) {
        this(config, ShellSessionsConfig.defaults());
    }

    public BubblewrapSandbox(BubblewrapSandboxConfig config, ShellSessionsConfig shellConfig) {
        this.config = config;
        this.shells = new BubblewrapShellSessions(this, shellConfig);
        this.terminals = new BubblewrapTerminals(this, TERMINALS_PER_SESSION, TERMINAL_CPU_SECONDS);
    }

    /** The interactive terminals (the socket's {@code pty_*}) in these sandboxes (closed by {@link #destroy}). */
    public BubblewrapTerminals terminals() {
        return terminals;
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
            io(() -> WorkspaceCopy.copy(source, target, hostUid(sessionId)));
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
            BoundedCapture out = BoundedCapture.start(process.getInputStream(), request.outputLimitBytes());
            BoundedCapture err = BoundedCapture.start(process.getErrorStream(), request.outputLimitBytes());
            boolean finished = process.waitFor(request.timeout().toNanos(), TimeUnit.NANOSECONDS);
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
        Path file = regularFile(workspace(sessionId), path);
        return io(() -> Files.readAllBytes(file));
    }

    @Override
    public void writeFile(SessionId sessionId, String path, byte[] content, CreditReservation reservation) {
        store(sessionId, path, out -> out.write(content));
    }

    @Override
    public long upload(SessionId sessionId, String path, InputStream content, CreditReservation reservation) {
        long limit = config.maxFileBytes();
        long[] written = {0};
        store(sessionId, path, out -> {
            byte[] buffer = new byte[64 * 1024];
            for (int n = content.read(buffer); n >= 0; n = content.read(buffer)) {
                written[0] += n;
                if (written[0] > limit) {
                    throw new ValidationException(FILE_TOO_LARGE, "an uploaded file is larger than " + limit + " bytes");
                }
                out.write(buffer, 0, n);
            }
        });
        return written[0];
    }

    @Override
    public InputStream download(SessionId sessionId, String path, CreditReservation reservation) {
        Path file = regularFile(workspace(sessionId), path);
        return io(() -> Files.newInputStream(file));
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
        Path workspace = existingWorkspace(sessionId);
        Path dir = WorkspacePaths.resolve(workspace, directory);
        if (!Files.isDirectory(dir)) {
            throw new NotFoundException(FILE_NOT_FOUND, "no such directory in the sandbox: " + directory);
        }
        List<SandboxFileEntry> entries = new ArrayList<>();
        boolean complete = io(() -> walk(workspace, dir, Math.max(1, maxDepth), Math.max(0, maxEntries), entries));
        return new SandboxFileTree(entries, !complete);
    }

    @Override
    public SandboxFileContent readHead(SessionId sessionId, String path, int maxBytes) {
        Path file = regularFile(existingWorkspace(sessionId), path);
        return io(() -> {
            try (InputStream in = Files.newInputStream(file)) {
                byte[] head = in.readNBytes(Math.max(0, maxBytes));
                return new SandboxFileContent(head, Math.max(head.length, Files.size(file)));
            }
        });
    }

    @Override
    public List<SandboxFileEntry> listFiles(SessionId sessionId, String directory, CreditReservation reservation) {
        Path workspace = workspace(sessionId);
        Path dir = WorkspacePaths.resolve(workspace, directory);
        if (!Files.isDirectory(dir)) {
            throw new NotFoundException(FILE_NOT_FOUND, "no such directory in the sandbox: " + directory);
        }
        return io(() -> {
            try (Stream<Path> children = Files.list(dir)) {
                return children.map(child -> entry(workspace, child))
                        .sorted(Comparator.comparing(SandboxFileEntry::path)).toList();
            }
        });
    }

    @Override
    public void destroy(SessionId sessionId) {
        shells.closeAll(sessionId);
        terminals.closeAll(sessionId);
        paused.remove(sessionId);
        Path workspace = config.root().resolve(sessionId.toString());
        if (!Files.exists(workspace, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        io(() -> {
            try (Stream<Path> all = Files.walk(workspace)) {
                for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
            return null;
        });
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
                network, program), BubblewrapCommandLine.baseEnvironment(), preamble.toByteArray());
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

    private static Path regularFile(Path workspace, String path) {
        Path file = WorkspacePaths.resolve(workspace, path);
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(file)) {
            throw new NotFoundException(FILE_NOT_FOUND, "no such file in the sandbox: " + path);
        }
        return file;
    }

    private interface Writer {
        void write(OutputStream out) throws IOException;
    }

    // Creates missing parents, writes without following a link at the file itself, hands it all to the session's uid.
    private void store(SessionId sessionId, String path, Writer writer) {
        Path workspace = workspace(sessionId);
        Path file = WorkspacePaths.resolve(workspace, path);
        int uid = hostUid(sessionId);
        io(() -> {
            Path top = workspace.toRealPath();
            for (Path dir = file.getParent(); !Files.exists(dir, LinkOption.NOFOLLOW_LINKS); dir = dir.getParent()) {
                Files.createDirectories(dir);
            }
            try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE,
                    StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)) {
                writer.write(out);
            }
            for (Path p = file; !p.equals(top); p = p.getParent()) {
                own(p, uid);
            }
            return null;
        });
    }

    // Depth-first in name order; false when the entry limit cut the walk short.
    private static boolean walk(Path workspace, Path dir, int depthLeft, int maxEntries, List<SandboxFileEntry> into)
            throws IOException {
        List<Path> children;
        try (Stream<Path> list = Files.list(dir)) {
            children = list.sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
        }
        for (Path child : children) {
            if (into.size() >= maxEntries) {
                return false;
            }
            SandboxFileEntry entry = entry(workspace, child);
            into.add(entry);
            if (entry.kind() == SandboxFileEntry.Kind.DIRECTORY && depthLeft > 1
                    && !walk(workspace, child, depthLeft - 1, maxEntries, into)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isUuid(String name) {
        try {
            return UUID.fromString(name).toString().equals(name);
        } catch (IllegalArgumentException e) {
            return false;
        }
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

    private static void killTree(Process process) throws InterruptedException {
        ProcessTrees.awaitGone(ProcessTrees.kill(process), DRAIN_MILLIS);
    }

    private static SandboxFileEntry entry(Path workspace, Path child) {
        String path = WorkspacePaths.relativize(workspace, child);
        if (Files.isSymbolicLink(child)) {
            return new SandboxFileEntry(path, SandboxFileEntry.Kind.SYMLINK, 0);
        }
        if (Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)) {
            return new SandboxFileEntry(path, SandboxFileEntry.Kind.DIRECTORY, 0);
        }
        if (Files.isRegularFile(child, LinkOption.NOFOLLOW_LINKS)) {
            return new SandboxFileEntry(path, SandboxFileEntry.Kind.FILE, io(() -> Files.size(child)));
        }
        return new SandboxFileEntry(path, SandboxFileEntry.Kind.OTHER, 0);
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
