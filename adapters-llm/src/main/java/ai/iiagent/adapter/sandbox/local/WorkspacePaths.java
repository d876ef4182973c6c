package ai.iiagent.adapter.sandbox.local;

import ai.iiagent.domain.shared.ErrorCode;
import ai.iiagent.domain.shared.ValidationException;
import java.nio.file.Path;

/**
 * Checks a workspace-relative path by its text alone. Links are resolved later, inside the sandbox
 * ({@link WorkspaceScripts}), where they cannot reach the host's files.
 */
final class WorkspacePaths {

    static final ErrorCode OUTSIDE = ErrorCode.of("sandbox_path_outside_workspace");
    private static final Path ROOT = Path.of(BubblewrapCommandLine.WORKSPACE);

    private WorkspacePaths() {
    }

    /** The normalised form of {@code relative} ({@code ""} for the workspace itself), refused if it climbs out. */
    static String lexical(String relative) {
        if (relative == null || relative.indexOf('\0') >= 0 || relative.startsWith("/") || relative.startsWith("\\")) {
            throw refused(relative);
        }
        Path candidate = ROOT.resolve(relative).normalize();
        if (!candidate.startsWith(ROOT)) {
            throw refused(relative);
        }
        return ROOT.relativize(candidate).toString();
    }

    private static ValidationException refused(String relative) {
        return new ValidationException(OUTSIDE, "path is not inside the sandbox workspace: " + relative);
    }
}
