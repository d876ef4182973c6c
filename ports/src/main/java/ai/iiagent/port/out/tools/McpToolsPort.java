package ai.iiagent.port.out.tools;

import ai.iiagent.domain.settings.McpServerSpec;
import java.util.List;

/**
 * Connects to a user's MCP servers for one run and offers their tools as agent tools. A server that
 * cannot be started or reached, or answers too slowly, is reported in {@link McpToolset#problems()}
 * instead of failing: the run continues without its tools. Remote servers are refused when their
 * address is private or local (SSRF), stdio servers run in the session's sandbox.
 */
public interface McpToolsPort {

    /** Opens every server (in parallel, each bounded by the connect timeout); never throws for one server. */
    McpToolset open(McpRunScope scope, List<McpServerSpec> servers);
}
