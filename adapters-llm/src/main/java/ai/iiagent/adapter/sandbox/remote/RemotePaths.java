package ai.iiagent.adapter.sandbox.remote;

import ai.iiagent.domain.shared.ValidationException;
import ai.iiagent.port.out.sandbox.SandboxErrors;
import java.util.ArrayList;
import java.util.List;

/** Workspace-relative paths turned into absolute paths inside a remote sandbox, refusing anything that leaves it. */
public final class RemotePaths {

    private RemotePaths() {
    }

    /** {@code "src/a.txt"} → {@code "/workspace/src/a.txt"}; {@code ""} → the workspace itself. */
    public static String resolve(String workspace, String path) {
        String relative = path == null ? "" : path;
        if (relative.startsWith("/") || relative.contains("\\") || relative.indexOf('\0') >= 0) {
            throw outside(path);
        }
        List<String> parts = new ArrayList<>();
        for (String part : relative.split("/")) {
            if (part.equals("..")) {
                throw outside(path);
            }
            if (!part.isEmpty() && !part.equals(".")) {
                parts.add(part);
            }
        }
        return parts.isEmpty() ? workspace : workspace + "/" + String.join("/", parts);
    }

    /** The inverse of {@link #resolve}: the workspace-relative form of an absolute path inside it. */
    public static String relative(String workspace, String absolute) {
        return absolute.equals(workspace) ? "" : absolute.substring(workspace.length() + 1);
    }

    private static ValidationException outside(String path) {
        return new ValidationException(SandboxErrors.PATH_OUTSIDE_WORKSPACE, "the path '" + path
                + "' is not inside the workspace");
    }
}
