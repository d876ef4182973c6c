package ai.iiagent.adapter.sandbox.local;

import ai.iiagent.domain.shared.ErrorCode;
import ai.iiagent.domain.shared.ValidationException;
import ai.iiagent.port.out.sandbox.SandboxFileContent;
import ai.iiagent.port.out.sandbox.SandboxFileEntry;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The local sandbox's workspace file operations, each done inside the sandbox by {@link SandboxedFileOps}:
 * paths are checked lexically here (a clean error without starting anything) and resolved there.
 */
final class LocalWorkspaceFiles {

    private static final ErrorCode FILE_TOO_LARGE = ErrorCode.of("sandbox_file_too_large");
    /** The most entries one listing reads before it sorts and cuts; beyond it the listing says it is incomplete. */
    static final int SCAN_LIMIT = 50_000;
    private static final Comparator<String> DEPTH_FIRST = LocalWorkspaceFiles::compareSegments;

    private final SandboxedFileOps ops;
    private final long maxFileBytes;

    LocalWorkspaceFiles(SandboxedFileOps ops, long maxFileBytes) {
        this.ops = ops;
        this.maxFileBytes = maxFileBytes;
    }

    byte[] read(Path workspace, int uid, String path) {
        return ops.output(workspace, uid, maxFileBytes, WorkspaceScripts.READ, WorkspacePaths.lexical(path));
    }

    SandboxFileContent head(Path workspace, int uid, String path, int maxBytes) {
        int limit = Math.max(0, maxBytes);
        byte[] out = ops.output(workspace, uid, limit + 24L, WorkspaceScripts.HEAD, WorkspacePaths.lexical(path), "" + limit);
        int newline = indexOf(out, (byte) '\n');
        long size = Long.parseLong(new String(out, 0, newline, StandardCharsets.US_ASCII));
        byte[] head = Arrays.copyOfRange(out, newline + 1, Math.min(out.length, newline + 1 + limit));
        return new SandboxFileContent(head, Math.max(size, head.length));
    }

    /** Streams the file; closing the stream ends the process that reads it. */
    InputStream open(Path workspace, int uid, String path) {
        SandboxedFileOps.Running running = ops.start(workspace, uid, WorkspaceScripts.READ, WorkspacePaths.lexical(path));
        try {
            running.checked();
        } catch (IOException e) {
            throw running.failed(e);
        }
        return running.stdout();
    }

    /** Writes {@code content} to the file (parents created), refusing more than the file limit; returns the bytes written. */
    long write(Path workspace, int uid, String path, InputStream content) {
        SandboxedFileOps.Running running = ops.start(workspace, uid, WorkspaceScripts.WRITE, WorkspacePaths.lexical(path));
        long written;
        try (InputStream ack = running.stdout()) {
            running.checked();
            try {
                written = copy(content, running.stdin(), ack);
            } catch (IOException closedEarly) {
                running.finished(); // the script gave up (the path changed under it): its exit code says why
                throw closedEarly;
            }
            running.finished();
            return written;
        } catch (IOException e) {
            throw running.failed(e);
        }
    }

    private long copy(InputStream content, OutputStream stdin, InputStream ack) throws IOException {
        long written = 0;
        try (OutputStream out = stdin) {
            byte[] buffer = new byte[64 * 1024];
            for (int n = content.read(buffer); n >= 0; n = content.read(buffer)) {
                written += n;
                if (written > maxFileBytes) {
                    ack.close();
                    throw new ValidationException(FILE_TOO_LARGE, "a file is larger than " + maxFileBytes + " bytes");
                }
                out.write(buffer, 0, n);
            }
        }
        return written;
    }

    /**
     * Entries below {@code directory}, depth first in name order, at most {@code maxEntries}; the
     * flag says whether some were left out.
     */
    Listing list(Path workspace, int uid, String directory, int maxDepth, int maxEntries) {
        String dir = WorkspacePaths.lexical(directory);
        byte[] out = ops.output(workspace, uid, 64L * 1024 * 1024, WorkspaceScripts.LIST, dir, "" + Math.max(1, maxDepth),
                "" + SCAN_LIMIT);
        List<SandboxFileEntry> entries = new ArrayList<>();
        int start = 0;
        for (int end = indexOf(out, (byte) 0, start); end >= 0; end = indexOf(out, (byte) 0, start)) {
            entries.add(entry(dir, new String(out, start, end - start, StandardCharsets.UTF_8)));
            start = end + 1;
        }
        boolean scannedAll = entries.size() < SCAN_LIMIT;
        entries.sort(Comparator.comparing(SandboxFileEntry::path, DEPTH_FIRST));
        int kept = Math.min(entries.size(), Math.max(0, maxEntries));
        return new Listing(List.copyOf(entries.subList(0, kept)), !scannedAll || kept < entries.size());
    }

    /** Some entries of a directory tree, and whether more exist. */
    record Listing(List<SandboxFileEntry> entries, boolean truncated) {
    }

    // "<type>/<size>/<path>" as find -printf '%y/%s/%P' wrote it.
    private static SandboxFileEntry entry(String dir, String line) {
        int first = line.indexOf('/');
        int second = line.indexOf('/', first + 1);
        String path = (dir.isEmpty() ? "" : dir + "/") + line.substring(second + 1);
        long size = Long.parseLong(line.substring(first + 1, second));
        return switch (line.charAt(0)) {
            case 'f' -> new SandboxFileEntry(path, SandboxFileEntry.Kind.FILE, size);
            case 'd' -> new SandboxFileEntry(path, SandboxFileEntry.Kind.DIRECTORY, 0);
            case 'l' -> new SandboxFileEntry(path, SandboxFileEntry.Kind.SYMLINK, 0);
            default -> new SandboxFileEntry(path, SandboxFileEntry.Kind.OTHER, 0);
        };
    }

    private static int compareSegments(String a, String b) {
        String[] left = a.split("/");
        String[] right = b.split("/");
        for (int i = 0; i < Math.min(left.length, right.length); i++) {
            int c = left[i].compareTo(right[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(left.length, right.length);
    }

    private static int indexOf(byte[] bytes, byte wanted) {
        int at = indexOf(bytes, wanted, 0);
        if (at < 0) {
            throw new IllegalStateException("the sandbox's answer is malformed");
        }
        return at;
    }

    private static int indexOf(byte[] bytes, byte wanted, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == wanted) {
                return i;
            }
        }
        return -1;
    }
}
