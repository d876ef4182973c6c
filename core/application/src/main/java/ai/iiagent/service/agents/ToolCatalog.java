package ai.iiagent.service.agents;

import ai.iiagent.port.out.llm.ToolSpec;
import ai.iiagent.port.out.tools.AgentTool;
import ai.iiagent.port.out.tools.ToolPolicy;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The tools of a run by name, with the human-in-the-loop policy (auto-approve lifts confirmations). */
final class ToolCatalog {

    private final Map<String, AgentTool> byName = new LinkedHashMap<>();
    private final boolean autoApprove;

    ToolCatalog(List<AgentTool> tools, boolean autoApprove) {
        tools.forEach(tool -> byName.put(tool.spec().name(), tool));
        this.autoApprove = autoApprove;
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
