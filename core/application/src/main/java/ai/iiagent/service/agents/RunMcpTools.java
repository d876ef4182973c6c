package ai.iiagent.service.agents;

import ai.iiagent.domain.sessions.events.EventName;
import ai.iiagent.domain.users.Identity;
import ai.iiagent.port.in.settings.ResolveMcpServersQuery;
import ai.iiagent.port.in.settings.ResolvedMcpServers;
import ai.iiagent.port.out.tools.McpRunScope;
import ai.iiagent.port.out.tools.McpServerProblem;
import ai.iiagent.port.out.tools.McpToolset;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Opens the user's MCP servers for one loop of a run. A server that fails is told to the user as a
 * {@code system.notification} (code {@code mcp_server_unavailable}) and left out; nothing here fails the run.
 */
final class RunMcpTools {

    private static final Logger LOG = Logger.getLogger(RunMcpTools.class.getName());

    private final AgentCollaborators with;
    private final Identity owner;

    RunMcpTools(AgentCollaborators with, Identity owner) {
        this.with = with;
        this.owner = owner;
    }

    McpToolset open(RunEvents events) {
        ResolvedMcpServers servers;
        try {
            servers = with.mcpServers().resolve(new ResolveMcpServersQuery(owner));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "run " + events.runId() + ": could not read the MCP settings", e);
            return McpToolset.EMPTY;
        }
        List<McpServerProblem> problems = new ArrayList<>();
        servers.unreadable().forEach((name, why) -> problems.add(new McpServerProblem(name, "mcp_secret_unreadable", why)));
        McpToolset toolset = McpToolset.EMPTY;
        if (!servers.servers().isEmpty()) {
            try {
                toolset = with.mcp().open(new McpRunScope(owner.userId(), events.sessionId(), events.runId()),
                        servers.servers());
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "run " + events.runId() + ": MCP servers could not be opened", e);
                servers.servers().forEach(server -> problems.add(new McpServerProblem(server.name(), "mcp_unavailable",
                        e.getMessage())));
            }
        }
        problems.addAll(toolset.problems());
        problems.forEach(problem -> events.emit(EventName.SYSTEM_NOTIFICATION, "level", "warning",
                "code", "mcp_server_unavailable", "reason", problem.code(), "server", problem.server(),
                "message", "MCP server '" + problem.server() + "' is not available in this run: " + problem.message()));
        return toolset;
    }
}
