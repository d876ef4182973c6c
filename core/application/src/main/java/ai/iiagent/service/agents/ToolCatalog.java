package ai.iiagent.service.agents;

import ai.iiagent.port.out.llm.ToolSpec;
import ai.iiagent.port.out.tools.AgentTool;
import ai.iiagent.port.out.tools.McpToolset;
import ai.iiagent.port.out.tools.ToolPolicy;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The tools of a run by name, with the human-in-the-loop policy (auto-approve lifts confirmations).
 * The user's MCP tools join when a loop starts ({@link #openRunTools}) and leave when it stops
 * ({@link #closeRunTools}), so their connections live exactly as long as the loop.
 */
final class ToolCatalog {

    private final Map<String, AgentTool> byName = new LinkedHashMap<>();
    private final boolean autoApprove;
    private final RunMcpTools mcp;
    private McpToolset open = McpToolset.EMPTY;

    ToolCatalog(List<AgentTool> tools, boolean autoApprove) {
        this(tools, autoApprove, null);
    }

    ToolCatalog(List<AgentTool> tools, boolean autoApprove, RunMcpTools mcp) {
        tools.forEach(tool -> byName.put(tool.spec().name(), tool));
        this.autoApprove = autoApprove;
        this.mcp = mcp;
    }

    /** Connects the run's MCP servers and adds their tools (never replacing a built-in one). */
    void openRunTools(RunEvents events) {
        if (mcp == null) {
            return;
        }
        closeRunTools();
        open = mcp.open(events);
        open.tools().forEach(tool -> byName.putIfAbsent(tool.spec().name(), tool));
    }

    void closeRunTools() {
        open.tools().forEach(tool -> byName.remove(tool.spec().name(), tool));
        open.close();
        open = McpToolset.EMPTY;
    }

    Map<String, AgentTool> byName() {
        return byName;
    }

    List<ToolSpec> specs() {
        return byName.values().stream().map(AgentTool::spec).toList();
    }

    boolean endsRun(String name) {
        AgentTool tool = byName.get(name);
        return tool != null && tool.endsRun();
    }

    ToolPolicy policyOf(String name) {
        AgentTool tool = byName.get(name);
        if (tool == null) {
            return ToolPolicy.AUTOMATIC; // an unknown tool "runs" into an error result the model can read
        }
        ToolPolicy policy = tool.policy();
        return policy == ToolPolicy.REQUIRES_CONFIRMATION && autoApprove ? ToolPolicy.AUTOMATIC : policy;
    }
}
