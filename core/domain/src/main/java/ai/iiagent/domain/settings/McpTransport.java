package ai.iiagent.domain.settings;

import java.util.Locale;

/** How a remote MCP server is reached. */
public enum McpTransport {
    HTTP, SSE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static McpTransport parse(String value) {
        if (value == null || value.isBlank()) {
            return HTTP;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "http", "streamable_http", "streamable-http" -> HTTP;
            case "sse" -> SSE;
            default -> throw new SettingsValidationException("invalid_mcp_transport", "transport must be http or sse");
        };
    }
}
