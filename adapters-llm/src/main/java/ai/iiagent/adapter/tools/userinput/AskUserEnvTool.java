package ai.iiagent.adapter.tools.userinput;

import ai.iiagent.domain.credits.Credits;
import ai.iiagent.port.out.llm.ToolSpec;
import ai.iiagent.port.out.tools.AgentTool;
import ai.iiagent.port.out.tools.ToolInvocation;
import ai.iiagent.port.out.tools.ToolOutcome;
import ai.iiagent.port.out.tools.ToolPolicy;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code ask_user_env}: the run pauses ({@code agent.tool.confirmation}) until the user answers with
 * {@code save_env}, which stores the values sealed for the session; sandbox commands then get them
 * as environment variables. The result names which requested variables are set and which are still
 * missing, never a value.
 */
public final class AskUserEnvTool implements AgentTool {

    public static final String NAME = "ask_user_env";
    private static final ToolSpec SPEC = new ToolSpec(NAME,
            "Ask the user for environment variables or secrets (API keys, tokens) your commands need. The run pauses"
                    + " until the user provides them; they are then set in every command you run in the workspace."
                    + " You never see the values: refer to them as $NAME and never print them.",
            Map.of("type", "object", "required", List.of("project_directory", "requested_keys"), "properties", Map.of(
                    "project_directory", Map.of("type", "string",
                            "description", "the workspace directory of the project that needs them"),
                    "requested_keys", Map.of("type", "array", "minItems", 1,
                            "items", Map.of("type", "string", "pattern", "^[A-Za-z_][A-Za-z0-9_]*$")),
                    "message", Map.of("type", "string", "description", "why they are needed, shown to the user"))));

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
        List<String> requested = invocation.arguments().get("requested_keys") instanceof List<?> keys
                ? keys.stream().map(String::valueOf).toList() : List.of();
        if (requested.isEmpty()) {
            return ToolOutcome.failed("requested_keys must name at least one environment variable");
        }
        List<String> set = requested.stream().filter(invocation.environment()::containsKey).toList();
        List<String> missing = requested.stream().filter(key -> !invocation.environment().containsKey(key)).toList();
        Map<String, Object> display = new LinkedHashMap<>();
        display.put("saved_keys", set);
        display.put("missing_keys", missing);
        if (set.isEmpty()) {
            return new ToolOutcome("The user did not provide " + String.join(", ", missing) + ".", display, true);
        }
        return new ToolOutcome("The user provided " + String.join(", ", set) + (missing.isEmpty() ? "" : " (still missing: "
                + String.join(", ", missing) + ")") + ". They are set as environment variables in every command you run"
                + " in the workspace; use them as $NAME and never print their values.", display, false);
    }
}
