package ai.iiagent.adapter.sandbox.local;

import ai.iiagent.domain.credits.CreditReservation;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.shared.ErrorCode;
import ai.iiagent.domain.shared.NotFoundException;
import ai.iiagent.domain.shared.ServiceUnavailableException;
import ai.iiagent.port.out.sandbox.CommandRequest;
import ai.iiagent.port.out.sandbox.CommandResult;
import ai.iiagent.port.out.sandbox.SandboxFileEntry;
import ai.iiagent.port.out.sandbox.SandboxPort;
import ai.iiagent.port.out.sandbox.SandboxStatus;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * {@link SandboxPort} on this machine with bubblewrap: one workspace directory per session under
 * {@link BubblewrapSandboxConfig#root()}, each command a fresh {@code bwrap} (see
 * {@link BubblewrapCommandLine}) killed with its whole process tree when the timeout passes.
 * File methods run in this process and check every path against the workspace's real path.
 */
public final class BubblewrapSandbox implements SandboxPort {

    static final ErrorCode UNAVAILABLE = ErrorCode.of("sandbox_unavailable");
    private static final ErrorCode FILE_NOT_FOUND = ErrorCode.of("sandbox_file_not_found");
    private static final long DRAIN_MILLIS = 2_000;

    private final BubblewrapSandboxConfig config;

    public BubblewrapSandbox(BubblewrapSandboxConfig config) {
        this.config = config;
    }

    @Override
    public SandboxStatus ensure(SessionId sessionId, CreditReservation reservation) {
        workspace(sessionId);
        return SandboxStatus.READY;
    }

    @Override
    public CommandResult run(SessionId sessionId, CommandRequest request, CreditReservation reservation) {
        String bwrap = bwrapExecutable();
        Path workspace = workspace(sessionId);
        List<String> argv = BubblewrapCommandLine.build(config, bwrap, workspace, hostUid(sessionId), request.command());
        long started = System.nanoTime();
        try {
            ProcessBuilder builder = new ProcessBuilder(argv).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
            builder.environment().clear(); // instead of bwrap --clearenv, which would drop the request's variables too
            builder.environment().putAll(BubblewrapCommandLine.environment(request.environment()));
            Process process = builder.start();
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
        Path file = WorkspacePaths.resolve(workspace(sessionId), path);
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(file)) {
            throw new NotFoundException(FILE_NOT_FOUND, "no such file in the sandbox: " + path);
        }
        return io(() -> Files.readAllBytes(file));
    }

    @Override
    public void writeFile(SessionId sessionId, String path, byte[] content, CreditReservation reservation) {
        Path workspace = workspace(sessionId);
        Path file = WorkspacePaths.resolve(workspace, path);
        int uid = hostUid(sessionId);
        io(() -> {
            Path top = workspace.toRealPath();
            for (Path dir = file.getParent(); !Files.exists(dir, LinkOption.NOFOLLOW_LINKS); dir = dir.getParent()) {
                Files.createDirectories(dir);
            }
            Files.write(file, content, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                    StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
            for (Path p = file; !p.equals(top); p = p.getParent()) {
                own(p, uid);
            }
            return null;
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
        return Files.isDirectory(config.root().resolve(sessionId.toString()), LinkOption.NOFOLLOW_LINKS)
                ? SandboxStatus.READY : SandboxStatus.ABSENT;
    }

    /** The host uid a session's commands run as (mapped to 65534 inside), stable per session. */
    int hostUid(SessionId sessionId) {
        return config.hostUidBase() + Math.floorMod(sessionId.value().hashCode(), config.hostUidCount());
    }

    Path workspaceOf(SessionId sessionId) {
        return config.root().resolve(sessionId.toString());
    }

    // Root: owned by us, traversable but not listable; workspace: owned by the session's uid only.
    private Path workspace(SessionId sessionId) {
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

    private String bwrapExecutable() {
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
        // bwrap is the PID-namespace init: once it dies the kernel kills whatever we did not snapshot
        List<ProcessHandle> tree = process.toHandle().descendants().toList();
        tree.forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        process.waitFor();
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(DRAIN_MILLIS);
        for (ProcessHandle handle : tree) {
            while (handle.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
        }
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
