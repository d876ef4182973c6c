package ai.iiagent.port.in.projects;

/**
 * What one design-mode change did: the file it changed (relative to the project), the element before
 * and after, and the project's git commits before ({@code checkpoint}, to go back to) and after it.
 */
public record DesignChangeResult(String filePath, String oldHtml, String newHtml, String checkpoint, String commit) {
}
