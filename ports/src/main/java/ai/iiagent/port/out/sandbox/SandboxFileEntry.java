package ai.iiagent.port.out.sandbox;

import java.util.Objects;

/**
 * One entry of a workspace directory listing.
 *
 * @param path      relative to the workspace root, {@code /}-separated
 * @param kind      what the entry is (links are reported, never followed)
 * @param sizeBytes the size of a regular file, 0 otherwise
 */
public record SandboxFileEntry(String path, Kind kind, long sizeBytes) {

    /** What a directory entry is. */
    public enum Kind { FILE, DIRECTORY, SYMLINK, OTHER }

    public SandboxFileEntry {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(kind, "kind");
        if (sizeBytes < 0) {
            throw new IllegalArgumentException("a size is never negative");
        }
    }
}
