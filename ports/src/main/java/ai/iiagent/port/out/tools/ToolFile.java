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
 * @param generation  how a media tool made it (its prompt and model, for the media library), or null
 */
public record ToolFile(String path, String name, String contentType, byte[] content, Generation generation) {

    public ToolFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(content, "content");
    }

    /** A file no media tool generated. */
    public ToolFile(String path, String name, String contentType, byte[] content) {
        this(path, name, contentType, content, null);
    }

    /** How a media tool made a file: the tool, the prompt it was given, the model and provider. */
    public record Generation(String toolName, String prompt, String model, String provider) {

        public Generation {
            Objects.requireNonNull(toolName, "toolName");
            Objects.requireNonNull(prompt, "prompt");
            Objects.requireNonNull(model, "model");
            Objects.requireNonNull(provider, "provider");
        }
    }
}
