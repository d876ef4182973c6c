package ai.iiagent.adapter.mcp;

import java.time.Duration;
import java.util.Objects;

/**
 * Settings of the MCP client (read in bootstrap, handed over as a plain record).
 *
 * @param connectTimeout     start or reach a server, initialise and list its tools
 * @param toolTimeout        one tool call
 * @param maxToolsPerServer  tools taken from one server (more are left out, the model's tool list stays bounded)
 * @param allowPrivateUrls   call remote servers on private or local addresses (single-user setups only)
 */
public record McpClientSettings(Duration connectTimeout, Duration toolTimeout, int maxToolsPerServer,
                                boolean allowPrivateUrls) {

    public McpClientSettings {
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(toolTimeout, "toolTimeout");
        if (connectTimeout.isNegative() || connectTimeout.isZero() || toolTimeout.isNegative() || toolTimeout.isZero()
                || maxToolsPerServer < 1) {
            throw new IllegalArgumentException("MCP timeouts must be positive and at least one tool per server allowed");
        }
    }

    /** 30 s to connect, 120 s per call, 64 tools per server, public addresses only. */
    public static McpClientSettings defaults() {
        return new McpClientSettings(Duration.ofSeconds(30), Duration.ofSeconds(120), 64, false);
    }
}
