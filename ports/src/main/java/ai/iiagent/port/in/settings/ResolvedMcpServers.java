package ai.iiagent.port.in.settings;

import ai.iiagent.domain.settings.McpServerSpec;
import java.util.List;
import java.util.Map;

/**
 * The caller's MCP servers from all their active settings, secrets decrypted for the connection only
 * (never in {@link McpServerSpec#toString()}), the servers left out because a stored secret could
 * not be decrypted (name → why), and those left out for another reason the user can act on (name →
 * a stable code and why, e.g. a connected account whose grant expired).
 */
public record ResolvedMcpServers(List<McpServerSpec> servers, Map<String, String> unreadable, Map<String, LeftOut> leftOut) {

    public static final ResolvedMcpServers NONE = new ResolvedMcpServers(List.of(), Map.of());

    /** Why a server is not offered in this run: a stable error code and a sentence for the user. */
    public record LeftOut(String code, String why) {
    }

    public ResolvedMcpServers {
        servers = List.copyOf(servers);
        unreadable = Map.copyOf(unreadable);
        leftOut = Map.copyOf(leftOut);
    }

    public ResolvedMcpServers(List<McpServerSpec> servers, Map<String, String> unreadable) {
        this(servers, unreadable, Map.of());
    }
}
