package ai.iiagent.port.in.sandboxes;

import java.util.List;
import java.util.Objects;

/**
 * A bounded listing of a workspace directory ({@code file.tree.listed} content).
 *
 * @param path      the directory listed, relative to the workspace root ({@code ""} = root)
 * @param depth     how many levels below it were walked
 * @param entries   depth-first in path order
 * @param truncated whether the entry limit cut the listing short
 */
public record SandboxFileTreeView(String path, int depth, List<Entry> entries, boolean truncated) {

    public SandboxFileTreeView {
        Objects.requireNonNull(path, "path");
        entries = List.copyOf(entries);
    }

    /**
     * One file system entry.
     *
     * @param path relative to the workspace root
     * @param type {@code file}, {@code directory}, {@code symlink} or {@code other}
     * @param size bytes of a file, 0 otherwise
     */
    public record Entry(String path, String type, long size) {
    }
}
