package ai.iiagent.service.agents;

import ai.iiagent.domain.agents.ToolNames;
import ai.iiagent.domain.credits.CreditReservation;
import ai.iiagent.domain.credits.Credits;
import ai.iiagent.domain.agents.AgentErrors;
import ai.iiagent.domain.agents.RunEvent;
import ai.iiagent.domain.users.Identity;
import ai.iiagent.port.in.settings.ResolveMcpServersQuery;
import ai.iiagent.port.in.settings.ResolvedMcpServers;
import ai.iiagent.port.out.tools.McpRunScope;
import ai.iiagent.port.out.tools.McpServerProblem;
import ai.iiagent.port.out.tools.McpToolset;
import java.util.ArrayList;
import ai.iiagent.service.metering.PaidToolCall;
import ai.iiagent.service.metering.ToolCharge;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Opens the user's MCP servers for one loop of a run. A server that fails is told to the user as a
 * {@code system.notification} (code {@code mcp_server_unavailable}) and left out; nothing here fails the run.
 */
final class RunMcpTools {

    private static final Logger LOG = Logger.getLogger(RunMcpTools.class.getName());

    private final RunMcpPorts with;
    private final Identity owner;

    RunMcpTools(RunMcpPorts with, Identity owner) {
        this.with = with;
        this.owner = owner;
    }

    McpToolset open(RunEvents events) {
        ResolvedMcpServers servers;
        try {
            servers = with.servers().resolve(new ResolveMcpServersQuery(owner));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "run " + events.runId() + ": could not read the MCP settings", e);
            return McpToolset.EMPTY;
        }
        List<McpServerProblem> problems = new ArrayList<>();
        servers.unreadable().forEach((name, why) -> problems.add(new McpServerProblem(name, AgentErrors.MCP_SECRET_UNREADABLE.value(), why)));
        servers.leftOut().forEach((name, out) -> problems.add(new McpServerProblem(name, out.code(), out.why())));
        McpToolset toolset = McpToolset.EMPTY;
        if (!servers.servers().isEmpty()) {
            try {
                toolset = openPaid(events, servers);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "run " + events.runId() + ": MCP servers could not be opened", e);
                servers.servers().forEach(server -> problems.add(new McpServerProblem(server.name(), AgentErrors.MCP_UNAVAILABLE.value(),
                        e.getMessage())));
            }
        }
        problems.addAll(toolset.problems());
        problems.forEach(problem -> events.emit(new RunEvent.McpServerUnavailable(problem.server(), problem.code(),
                "MCP server '" + problem.server() + "' is not available in this run: " + problem.message())));
        return toolset;
    }

    // Through metering like any sandbox tool: a stdio server may create the session's sandbox (free locally).
    private McpToolset openPaid(RunEvents events, ResolvedMcpServers servers) {
        ToolCharge charge = new ToolCharge(owner.userId(), events.sessionId().value(), events.runId().value(),
                ToolNames.MCP_SERVERS_CHARGE, "mcp-open-" + UUID.randomUUID(), Credits.ZERO);
        return with.billable().runPaidTool(charge, new PaidToolCall<McpToolset>() {
            @Override
            public McpToolset call(CreditReservation reservation) {
                return with.mcp().open(new McpRunScope(owner.userId(), events.sessionId(), events.runId(), reservation),
                        servers.servers());
            }

            @Override
            public Credits cost(McpToolset toolset) {
                return Credits.ZERO;
            }
        });
    }
}
