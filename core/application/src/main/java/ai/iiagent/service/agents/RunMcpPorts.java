package ai.iiagent.service.agents;

import ai.iiagent.port.in.settings.ResolveMcpServersUseCase;
import ai.iiagent.port.out.tools.McpToolsPort;
import ai.iiagent.service.metering.BillableExecutor;
import java.util.Objects;

/** What opening the user's MCP servers for a run takes: their settings, the MCP client and the metering path. */
public record RunMcpPorts(ResolveMcpServersUseCase servers, McpToolsPort mcp, BillableExecutor billable) {

    public RunMcpPorts {
        Objects.requireNonNull(servers, "servers");
        Objects.requireNonNull(mcp, "mcp");
        Objects.requireNonNull(billable, "billable");
    }
}
