package ai.iiagent.port.out.sandbox;

import java.util.Objects;

/**
 * The start of one workspace file, for showing it to the user.
 *
 * @param head      the first bytes of the file, at most the requested limit
 * @param sizeBytes the whole file's size
 */
public record SandboxFileContent(byte[] head, long sizeBytes) {

    public SandboxFileContent {
        Objects.requireNonNull(head, "head");
        if (sizeBytes < head.length) {
            throw new IllegalArgumentException("a file is at least as long as its head");
        }
    }

    /** Whether bytes after {@link #head()} were left out. */
    public boolean truncated() {
        return sizeBytes > head.length;
    }
}
