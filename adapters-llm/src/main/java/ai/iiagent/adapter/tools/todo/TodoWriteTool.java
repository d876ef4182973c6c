package ai.iiagent.adapter.tools.todo;

import ai.iiagent.domain.credits.Credits;
import ai.iiagent.port.out.llm.ToolSpec;
import ai.iiagent.port.out.tools.AgentTool;
import ai.iiagent.port.out.tools.ToolInvocation;
import ai.iiagent.port.out.tools.ToolOutcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code TodoWrite}: the agent keeps its task list; the whole list is sent each time and shown to the user. */
public final class TodoWriteTool implements AgentTool {

    private static final Set<String> STATUSES = Set.of("pending", "in_progress", "completed");
    private static final ToolSpec SPEC = new ToolSpec("TodoWrite",
            "Create or replace your task list for this request. Send the whole list every time; mark items"
                    + " in_progress while working on them and completed when done.",
            Map.of("type", "object", "required", List.of("todos"), "properties", Map.of("todos", Map.of(
                    "type", "array", "items", Map.of("type", "object", "required", List.of("content", "status"),
                            "properties", Map.of("content", Map.of("type", "string"),
                                    "status", Map.of("type", "string", "enum", List.copyOf(STATUSES))))))));

    @Override
    public Credits maxCost() {
        return Credits.ZERO; // Bookkeeping in the session: free.
    }

    @Override
    public ToolSpec spec() {
        return SPEC;
    }

    @Override
    public ToolOutcome run(ToolInvocation invocation) {
        if (!(invocation.arguments().get("todos") instanceof List<?> items)) {
            return ToolOutcome.failed("todos must be a list of {content, status}");
        }
        List<Map<String, Object>> todos = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (Object item : items) {
            if (!(item instanceof Map<?, ?> todo) || !(todo.get("content") instanceof String content) || content.isBlank()) {
                return ToolOutcome.failed("every todo needs a non-empty content");
            }
            String status = todo.get("status") instanceof String given && STATUSES.contains(given) ? given : "pending";
            todos.add(Map.of("content", content, "status", status));
            text.append(todos.size()).append(". [").append(status).append("] ").append(content).append('\n');
        }
        return new ToolOutcome("Todo list updated (" + todos.size() + " items):\n" + text, Map.of("todos", todos), false);
    }
}
