package ai.iiagent.port.in.integrations;

/** A profile as an MCP server entry: the server name in the caller's MCP settings and its URL. */
public record ComposioMcpConfig(String serverName, String url) {
}
