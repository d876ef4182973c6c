package ai.iiagent.adapter.sandbox.local;

import ai.iiagent.domain.shared.ErrorCode;
import ai.iiagent.domain.shared.ValidationException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/** Turns a workspace-relative path into a host path, refusing anything that resolves outside. */
final class WorkspacePaths {

    static final ErrorCode OUTSIDE = ErrorCode.of("sandbox_path_outside_workspace");

    private WorkspacePaths() {
    }

    /**
     * The host path for {@code relative}: lexically inside, and every existing component resolved
     * through links stays inside (links are followed by the real-path check, never trusted).
     */
    static Path resolve(Path workspace, String relative) {
        if (relative == null || relative.indexOf('\0') >= 0 || relative.startsWith("/") || relative.startsWith("\\")) {
            throw refused(relative);
        }
        Path base = realPath(workspace);
        Path candidate = base.resolve(relative).normalize();
        if (!candidate.startsWith(base)) {
            throw refused(relative);
        }
        Path existing = candidate;
        while (!Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
            existing = existing.getParent();
        }
        if (Files.isSymbolicLink(existing) && !Files.exists(existing) || !realPath(existing).startsWith(base)) {
            throw refused(relative);
        }
        return candidate;
    }

    /** The workspace-relative, {@code /}-separated form of a host path inside it. */
    static String relativize(Path workspace, Path inside) {
        return realPath(workspace).relativize(inside).toString().replace('\\', '/');
    }

    private static Path realPath(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ValidationException refused(String relative) {
        return new ValidationException(OUTSIDE, "path is not inside the sandbox workspace: " + relative);
    }
}
