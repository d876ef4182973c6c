package ai.iiagent.adapter.mcp;

/** One MCP server cannot be used in this run; {@link #code()} is stable (it reaches the user's notification). */
final class McpServerUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final String code;

    McpServerUnavailableException(String code, String message) {
        super(message);
        this.code = code;
    }

    String code() {
        return code;
    }
}
