package ai.iiagent.port.in.sandboxes;

import java.util.Objects;

/**
 * One workspace file for showing it ({@code file.content.read} content).
 *
 * @param path      relative to the workspace root
 * @param content   the text (UTF-8), at most the size limit; null for a binary file
 * @param binary    whether the file is not UTF-8 text (contains NUL or invalid sequences)
 * @param size      the whole file's size in bytes
 * @param truncated whether {@code content} stops before the end of the file
 */
public record SandboxFileView(String path, String content, boolean binary, long size, boolean truncated) {

    public SandboxFileView {
        Objects.requireNonNull(path, "path");
    }
}
