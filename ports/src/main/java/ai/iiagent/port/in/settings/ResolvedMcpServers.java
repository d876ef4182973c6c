package ai.iiagent.port.in.settings;

import ai.iiagent.domain.settings.McpServerSpec;
import java.util.List;
import java.util.Map;

/**
 * The caller's MCP servers from all their active settings, secrets decrypted for the connection only
 * (never in {@link McpServerSpec#toString()}), and the servers left out because a stored secret could
 * not be decrypted (name → why).
 */
public record ResolvedMcpServers(List<McpServerSpec> servers, Map<String, String> unreadable) {

    public static final ResolvedMcpServers NONE = new ResolvedMcpServers(List.of(), Map.of());

    public ResolvedMcpServers {
        servers = List.copyOf(servers);
        unreadable = Map.copyOf(unreadable);
    }
}
