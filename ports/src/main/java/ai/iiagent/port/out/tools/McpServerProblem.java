package ai.iiagent.port.out.tools;

import java.util.Objects;

/** Why one MCP server offers no tools in this run ({@code code} is stable, {@code message} is for people). */
public record McpServerProblem(String server, String code, String message) {

    public McpServerProblem {
        Objects.requireNonNull(server, "server");
        Objects.requireNonNull(code, "code");
        message = message == null ? "" : message;
    }
}
