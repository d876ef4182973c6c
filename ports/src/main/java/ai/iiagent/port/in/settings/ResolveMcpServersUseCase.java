package ai.iiagent.port.in.settings;

/**
 * Opens the caller's MCP servers for an agent run: every server of their active MCP settings (a name
 * used in two settings: the newer setting wins), with env and header values decrypted in memory.
 * Only the caller's own settings are read.
 */
public interface ResolveMcpServersUseCase {

    ResolvedMcpServers resolve(ResolveMcpServersQuery query);
}
