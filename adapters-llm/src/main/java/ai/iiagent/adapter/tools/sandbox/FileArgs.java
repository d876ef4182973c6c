package ai.iiagent.adapter.tools.sandbox;

import java.util.Map;

/** Argument reading shared by the file tools. */
final class FileArgs {

    private FileArgs() {
    }

    /** {@code file_path} as in the reference; {@code path} as the earlier Read/Write and the text editor call it. */
    static String path(Map<String, Object> arguments) {
        Object value = arguments.containsKey("file_path") ? arguments.get("file_path") : arguments.get("path");
        if (!(value instanceof String path) || path.isBlank()) {
            throw new ToolInputException("file_path must be a non-empty string");
        }
        return path;
    }
}
