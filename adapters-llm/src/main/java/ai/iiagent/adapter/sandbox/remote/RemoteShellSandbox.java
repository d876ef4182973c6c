package ai.iiagent.adapter.sandbox.remote;

import ai.iiagent.domain.credits.CreditReservation;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.shared.NotFoundException;
import ai.iiagent.domain.shared.UpstreamFailureException;
import ai.iiagent.port.out.sandbox.CommandRequest;
import ai.iiagent.port.out.sandbox.CommandResult;
import ai.iiagent.port.out.sandbox.SandboxErrors;
import ai.iiagent.port.out.sandbox.SandboxFileContent;
import ai.iiagent.port.out.sandbox.SandboxFileEntry;
import ai.iiagent.port.out.sandbox.SandboxFileTree;
import ai.iiagent.port.out.sandbox.SandboxInstance;
import ai.iiagent.port.out.sandbox.SandboxPort;
import ai.iiagent.port.out.sandbox.SandboxStatus;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;

/**
 * What a sandbox in another machine (a Docker container, an E2B VM) does the same way whatever the
 * provider: directory listings, trees and file heads through GNU {@code find}/{@code stat}/{@code head}
 * run in the sandbox, uploads and downloads through the provider's file calls (held in memory up to
 * {@link #MAX_TRANSFER_BYTES}), and fork copies file by file. The sandbox itself is the isolation
 * boundary: paths are checked against the workspace lexically (links inside it are the sandbox's own
 * business, they cannot reach this machine).
 */
public abstract class RemoteShellSandbox implements SandboxPort {

    /** The largest upload or download (they are buffered). */
    public static final int MAX_TRANSFER_BYTES = 256 * 1024 * 1024;
    private static final Duration LISTING_TIMEOUT = Duration.ofSeconds(60);
    private static final int LISTING_OUTPUT = 8 * 1024 * 1024;
    private static final int MISSING = 3;
    private static final int COPY_MAX_FILES = 10_000;

    /** The workspace directory inside the sandbox, absolute. */
    protected abstract String workspace();

    /** A listing helper runs like any command; the reservation of the caller pays for it (null for browsing). */
    protected abstract CommandResult exec(SessionId sessionId, CommandRequest request, CreditReservation reservation);

    @Override
    public List<SandboxFileEntry> listFiles(SessionId sessionId, String directory, CreditReservation reservation) {
        return walk(sessionId, directory, 1, COPY_MAX_FILES, reservation).entries();
    }

    @Override
    public SandboxFileTree listTree(SessionId sessionId, String directory, int maxDepth, int maxEntries) {
        if (status(sessionId) == SandboxStatus.ABSENT) {
            throw new NotFoundException(SandboxErrors.NOT_FOUND, "the session has no sandbox");
        }
        return walk(sessionId, directory, Math.max(1, maxDepth), Math.max(0, maxEntries), null);
    }

    @Override
    public SandboxFileContent readHead(SessionId sessionId, String path, int maxBytes) {
        if (status(sessionId) == SandboxStatus.ABSENT) {
            throw new NotFoundException(SandboxErrors.NOT_FOUND, "the session has no sandbox");
        }
        String file = Shell.quote(RemotePaths.resolve(workspace(), path));
        CommandResult result = exec(sessionId, new CommandRequest("if [ -f " + file + " ] && [ ! -L " + file + " ]; then stat -c %s "
                + file + "; head -c " + Math.max(0, maxBytes) + " " + file + " | base64 -w0; else exit " + MISSING + "; fi",
                LISTING_TIMEOUT, LISTING_OUTPUT), null);
        requireFound(result, path);
        String[] lines = result.stdout().split("\n", 2);
        byte[] head = Base64.getDecoder().decode(lines.length > 1 ? lines[1].strip() : "");
        return new SandboxFileContent(head, Math.max(head.length, Long.parseLong(lines[0].strip())));
    }

    @Override
    public long upload(SessionId sessionId, String path, InputStream content, CreditReservation reservation) {
        byte[] bytes = readBounded(content);
        writeFile(sessionId, path, bytes, reservation);
        return bytes.length;
    }

    @Override
    public InputStream download(SessionId sessionId, String path, CreditReservation reservation) {
        return new ByteArrayInputStream(readFile(sessionId, path, reservation));
    }

    @Override
    public SandboxInstance createCopy(SessionId sessionId, SessionId sourceSessionId, CreditReservation reservation) {
        boolean existed = status(sessionId) != SandboxStatus.ABSENT;
        SandboxInstance created = ensure(sessionId, reservation);
        if (existed || status(sourceSessionId) == SandboxStatus.ABSENT) {
            return created;
        }
        for (SandboxFileEntry entry : walk(sourceSessionId, "", 64, COPY_MAX_FILES, reservation).entries()) {
            if (entry.kind() == SandboxFileEntry.Kind.FILE) {
                writeFile(sessionId, entry.path(), readFile(sourceSessionId, entry.path(), reservation), reservation);
            }
        }
        return created;
    }

    private SandboxFileTree walk(SessionId sessionId, String directory, int depth, int maxEntries,
                                 CreditReservation reservation) {
        String dir = RemotePaths.resolve(workspace(), directory);
        String quoted = Shell.quote(dir);
        CommandResult result = exec(sessionId, new CommandRequest("if [ -d " + quoted + " ]; then find -P " + quoted
                + " -mindepth 1 -maxdepth " + depth + " -printf '%y\\t%s\\t%P\\0'; else exit " + MISSING + "; fi",
                LISTING_TIMEOUT, LISTING_OUTPUT), reservation);
        requireFound(result, directory);
        String prefix = RemotePaths.relative(workspace(), dir);
        List<SandboxFileEntry> entries = new ArrayList<>();
        for (String record : result.stdout().split("\0")) {
            String[] fields = record.split("\t", 3);
            if (fields.length == 3 && !fields[2].isEmpty()) {
                String path = prefix.isEmpty() ? fields[2] : prefix + "/" + fields[2];
                SandboxFileEntry.Kind kind = switch (fields[0]) {
                    case "f" -> SandboxFileEntry.Kind.FILE;
                    case "d" -> SandboxFileEntry.Kind.DIRECTORY;
                    case "l" -> SandboxFileEntry.Kind.SYMLINK;
                    default -> SandboxFileEntry.Kind.OTHER;
                };
                entries.add(new SandboxFileEntry(path, kind, kind == SandboxFileEntry.Kind.FILE ? Long.parseLong(fields[1]) : 0));
            }
        }
        entries.sort(Comparator.comparing(SandboxFileEntry::path));
        boolean truncated = entries.size() > maxEntries || result.outputTruncated();
        return new SandboxFileTree(entries.size() > maxEntries ? entries.subList(0, maxEntries) : entries, truncated);
    }

    private static void requireFound(CommandResult result, String path) {
        if (result.exitCode() == MISSING && !result.timedOut()) {
            throw new NotFoundException(SandboxErrors.FILE_NOT_FOUND, "no such file or directory in the sandbox: " + path);
        }
        if (!result.succeeded()) {
            throw new UpstreamFailureException(SandboxErrors.PROVIDER_FAILED, "listing in the sandbox failed: "
                    + result.stderr().strip());
        }
    }

    private static byte[] readBounded(InputStream content) {
        try {
            byte[] bytes = content.readNBytes(MAX_TRANSFER_BYTES + 1);
            if (bytes.length > MAX_TRANSFER_BYTES) {
                throw new IllegalArgumentException("uploads to this sandbox are limited to " + MAX_TRANSFER_BYTES + " bytes");
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
