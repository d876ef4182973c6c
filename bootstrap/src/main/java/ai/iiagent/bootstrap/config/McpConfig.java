package ai.iiagent.bootstrap.config;

import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * {@code app.mcp.*}: the client for the users' MCP servers (docs/agents.md#mcp-tools); environment
 * {@code MCP_CONNECT_TIMEOUT}, {@code MCP_TOOL_TIMEOUT}, {@code MCP_MAX_TOOLS_PER_SERVER},
 * {@code MCP_ALLOW_PRIVATE_URLS}, {@code MCP_STDIO_NETWORK}, {@code MCP_STDIO_CPU_SECONDS}.
 */
public interface McpConfig {

    /** Start or reach a server, initialise it and list its tools. */
    @WithDefault("PT30S")
    Duration connectTimeout();

    /** One tool call. */
    @WithDefault("PT120S")
    Duration toolTimeout();

    @WithDefault("64")
    int maxToolsPerServer();

    /** Let remote servers be on private or local addresses (single-user machines only: SSRF). */
    @WithDefault("false")
    boolean allowPrivateUrls();

    /** Give stdio servers in the local sandbox the host's network (they can then reach this machine's services too). */
    @WithDefault("false")
    boolean stdioNetwork();

    /** CPU-time limit of one stdio server process, which lives for a whole run. */
    @WithDefault("600")
    long stdioCpuSeconds();
}
