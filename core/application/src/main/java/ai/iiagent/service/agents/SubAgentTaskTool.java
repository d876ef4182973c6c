package ai.iiagent.service.agents;

import ai.iiagent.domain.agents.SubAgentContract;
import ai.iiagent.domain.agents.ToolNames;
import ai.iiagent.domain.credits.Credits;
import ai.iiagent.port.out.llm.ToolSpec;
import ai.iiagent.port.out.tools.AgentTool;
import ai.iiagent.port.out.tools.ToolInvocation;
import ai.iiagent.port.out.tools.ToolOutcome;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code sub_agent_task}: hands one task to a sub-agent (its own conversation, the same workspace)
 * and returns its final answer; a sub-agent that fails, is stopped or runs out of turns comes back
 * as an error result, so the parent goes on.
 */
final class SubAgentTaskTool implements AgentTool {

    static final String NAME = ToolNames.SUB_AGENT_TASK;
    static final Map<String, Object> TASK = Map.of("type", "object", "required", List.of("description", "prompt"),
            "properties", Map.of(
                    "description", Map.of("type", "string", "description", "A short (3-8 word) name for the task"),
                    "prompt", Map.of("type", "string", "description", "Everything the sub-agent needs to know: it"
                            + " sees nothing of this conversation"),
                    SubAgentContract.AGENT_TYPE, Map.of("type", "string", "description", "Which kind of agent does it (default "
                            + SubAgentContract.DEFAULT_TYPE + ")")));

    private final SubAgents subAgents;

    SubAgentTaskTool(SubAgents subAgents) {
        this.subAgents = subAgents;
    }

    @Override
    public ToolSpec spec() {
        return new ToolSpec(NAME, "Delegate one self-contained task to a sub-agent that works in the same workspace with"
                + " its own conversation and returns its final answer. Use it to keep a long side task out of your"
                + " context." + subAgents.refusal().map(why -> " Not available here: " + why).orElse(""), TASK);
    }

    @Override
    public Credits maxCost() {
        return Credits.ZERO; // The call itself is free: each of the sub-agent's model turns and tools reserves its own.
    }

    @Override
    public Duration timeout() {
        return subAgents.limits().timeout();
    }

    @Override
    public ToolOutcome run(ToolInvocation invocation) {
        Optional<String> refused = subAgents.refusal();
        if (refused.isPresent()) {
            return ToolOutcome.failed(refused.get());
        }
        SubAgentTask task;
        try {
            task = SubAgentTask.parse(invocation.arguments());
        } catch (IllegalArgumentException e) {
            return ToolOutcome.failed(e.getMessage());
        }
        Optional<String> unknown = subAgents.unknownType(task);
        if (unknown.isPresent()) {
            return ToolOutcome.failed(unknown.get());
        }
        SubAgentResult result = subAgents.run(invocation, task);
        String text = result.succeeded() ? result.text()
                : "Sub-agent " + result.subAgentId() + " (" + task.description() + ") " + result.endWord() + ": "
                        + result.text();
        return new ToolOutcome(text, display(result), !result.succeeded());
    }

    static Map<String, Object> display(SubAgentResult result) {
        Map<String, Object> shown = new LinkedHashMap<>();
        shown.put(SubAgentContract.SUB_AGENT_ID, result.subAgentId() == null ? "" : result.subAgentId());
        shown.put("description", result.description());
        shown.put("status", result.endWord());
        shown.put("result", result.text());
        shown.put("turns", result.turns());
        return shown;
    }
}
