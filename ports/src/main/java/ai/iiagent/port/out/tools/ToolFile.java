package ai.iiagent.port.out.tools;

import java.util.Objects;

/**
 * A file a tool hands to the user (e.g. {@code send_user_files}); the runtime stores it with the
 * session's files for the run's owner and tells the tool's result where it went.
 *
 * @param path        where the tool found it (workspace-relative), for the model and the UI
 * @param name        the file name to show and download as
 * @param contentType its media type
 * @param content     its bytes
 */
public record ToolFile(String path, String name, String contentType, byte[] content) {

    public ToolFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(content, "content");
    }
}
