package ai.iiagent.service.agents;

import ai.iiagent.domain.agents.SubAgentContract;
import ai.iiagent.domain.agents.ToolNames;
import ai.iiagent.domain.credits.Credits;
import ai.iiagent.port.out.llm.ToolSpec;
import ai.iiagent.port.out.tools.AgentTool;
import ai.iiagent.port.out.tools.ToolInvocation;
import ai.iiagent.port.out.tools.ToolOutcome;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code sub_agent_task_all}: hands several independent tasks to sub-agents that run in parallel
 * (at most {@link SubAgentSettings#maxParallel()} at once) and returns every answer in the tasks'
 * order; the result is an error when any of them failed, with the others' answers still in it.
 */
final class SubAgentTaskAllTool implements AgentTool {

    static final String NAME = ToolNames.SUB_AGENT_TASK_ALL;

    private final SubAgents subAgents;

    SubAgentTaskAllTool(SubAgents subAgents) {
        this.subAgents = subAgents;
    }

    @Override
    public ToolSpec spec() {
        int max = subAgents.limits().maxTasks();
        return new ToolSpec(NAME, "Delegate up to " + max + " independent tasks to sub-agents that work in parallel in"
                + " the same workspace, each with its own conversation; returns every final answer."
                + subAgents.refusal().map(why -> " Not available here: " + why).orElse(""),
                Map.of("type", "object", "required", List.of("tasks"), "properties", Map.of("tasks", Map.of(
                        "type", "array", "minItems", 1, "maxItems", max, "items", SubAgentTaskTool.TASK))));
    }

    @Override
    public Credits maxCost() {
        return Credits.ZERO; // The call itself is free: each sub-agent's model turns and tools reserve their own.
    }

    @Override
    public Duration timeout() {
        return subAgents.limits().timeout();
    }

    @Override
    public ToolOutcome run(ToolInvocation invocation) throws InterruptedException {
        Optional<String> refused = subAgents.refusal();
        if (refused.isPresent()) {
            return ToolOutcome.failed(refused.get());
        }
        if (!(invocation.arguments().get("tasks") instanceof List<?> given) || given.isEmpty()
                || given.size() > subAgents.limits().maxTasks()) {
            return ToolOutcome.failed("tasks must be a list of 1 to " + subAgents.limits().maxTasks() + " tasks");
        }
        List<SubAgentTask> tasks = new ArrayList<>();
        for (Object item : given) {
            try {
                tasks.add(SubAgentTask.parse(item));
            } catch (IllegalArgumentException e) {
                return ToolOutcome.failed("task " + (tasks.size() + 1) + ": " + e.getMessage());
            }
            Optional<String> unknown = subAgents.unknownType(tasks.get(tasks.size() - 1));
            if (unknown.isPresent()) {
                return ToolOutcome.failed("task " + tasks.size() + ": " + unknown.get());
            }
        }
        List<SubAgentResult> results = subAgents.runAll(invocation, tasks);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < results.size(); i++) {
            SubAgentResult result = results.get(i);
            text.append("## Task ").append(i + 1).append(": ").append(result.description()).append(" (")
                    .append(result.endWord()).append(")\n").append(result.text()).append("\n\n");
        }
        boolean anyFailed = results.stream().anyMatch(result -> !result.succeeded());
        return new ToolOutcome(text.toString().strip(), Map.of(SubAgentContract.SUB_AGENTS,
                results.stream().map(SubAgentTaskTool::display).toList()), anyFailed);
    }
}
