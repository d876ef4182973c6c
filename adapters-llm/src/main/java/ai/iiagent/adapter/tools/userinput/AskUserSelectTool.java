package ai.iiagent.adapter.tools.userinput;

import ai.iiagent.domain.credits.Credits;
import ai.iiagent.port.out.llm.ToolSpec;
import ai.iiagent.port.out.tools.AgentTool;
import ai.iiagent.port.out.tools.ToolInvocation;
import ai.iiagent.port.out.tools.ToolOutcome;
import ai.iiagent.port.out.tools.ToolPolicy;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * {@code ask_user_select}: the run pauses ({@code agent.tool.confirmation}) until the user picks
 * one of the options ({@code continue_run} with {@code user_input.selection}); the choice becomes
 * the tool's result.
 */
public final class AskUserSelectTool implements AgentTool {

    private static final ToolSpec SPEC = new ToolSpec("ask_user_select",
            "Ask the user to choose one of a few options when you cannot decide for them.",
            Map.of("type", "object", "required", List.of("question", "options"), "properties", Map.of(
                    "question", Map.of("type", "string"),
                    "options", Map.of("type", "array", "minItems", 2, "items", Map.of("type", "string")))));

    @Override
    public Credits maxCost() {
        return Credits.ZERO; // Asks the user: free.
    }

    @Override
    public ToolSpec spec() {
        return SPEC;
    }

    @Override
    public ToolPolicy policy() {
        return ToolPolicy.REQUIRES_USER_INPUT;
    }

    @Override
    public Duration timeout() {
        return Duration.ofSeconds(5);
    }

    @Override
    public ToolOutcome run(ToolInvocation invocation) {
        Object selection = invocation.userInput().get("selection");
        List<?> options = invocation.arguments().get("options") instanceof List<?> given ? given : List.of();
        if (!(selection instanceof String chosen) || chosen.isBlank()) {
            return ToolOutcome.failed("The user gave no selection.");
        }
        if (!options.isEmpty() && !options.contains(chosen)) {
            return ToolOutcome.failed("The user's selection '" + chosen + "' is not one of the options " + options);
        }
        return new ToolOutcome("The user chose: " + chosen, Map.of("selection", chosen), false);
    }
}
