package ai.iiagent.port.in.projects;

/** A design change undone: the file put back as it was at {@code checkpoint}, recorded as the git commit {@code commit}. */
public record DesignRevertResult(String filePath, String checkpoint, String commit) {
}
