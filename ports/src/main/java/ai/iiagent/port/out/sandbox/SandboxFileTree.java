package ai.iiagent.port.out.sandbox;

import java.util.List;
import java.util.Objects;

/**
 * A bounded walk of a workspace directory.
 *
 * @param entries   every entry found, depth-first in path order, paths relative to the workspace root
 * @param truncated whether entries were left out because the entry limit was reached (entries
 *                  below the depth limit are never listed and do not count as truncation)
 */
public record SandboxFileTree(List<SandboxFileEntry> entries, boolean truncated) {

    public SandboxFileTree {
        entries = List.copyOf(Objects.requireNonNull(entries, "entries"));
    }
}
