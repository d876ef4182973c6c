package ai.iiagent.adapter.tools.projects;

import ai.iiagent.domain.credits.Credits;
import ai.iiagent.domain.shared.DomainException;
import ai.iiagent.port.out.llm.ToolSpec;
import ai.iiagent.port.out.tools.AgentTool;
import ai.iiagent.port.out.tools.ToolInvocation;
import ai.iiagent.port.out.tools.ToolOutcome;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code add_user_env}: adds variables to the project's secrets (sealed; the same store as the
 * project panel's secrets editor) and rewrites its .env. The answer names them, never their values.
 */
public final class AddUserEnvTool implements AgentTool {

    private static final ToolSpec SPEC = new ToolSpec("add_user_env",
            "Add environment variables (e.g. API keys the user gave you) to the project's secrets and its .env.",
            Map.of("type", "object", "required", List.of("secrets"), "properties", Map.of(
                    "project_directory", Map.of("type", "string", "description", "ignored: the session's project is used"),
                    "secrets", Map.of("type", "array", "items", Map.of("type", "object", "required", List.of("key", "value"),
                            "properties", Map.of("key", Map.of("type", "string"), "value", Map.of("type", "string")))))));

    private final ProjectBackend projects;

    public AddUserEnvTool(ProjectBackend projects) {
        this.projects = projects;
    }

    @Override
    public ToolSpec spec() {
        return SPEC;
    }

    @Override
    public Credits maxCost() {
        return Credits.ZERO;
    }

    @Override
    public ToolOutcome run(ToolInvocation invocation) {
        if (!(invocation.arguments().get("secrets") instanceof List<?> list) || list.isEmpty()) {
            return ToolOutcome.failed("secrets is a non-empty list of {key, value}");
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (Object item : list) {
            if (!(item instanceof Map<?, ?> pair) || !(pair.get("key") instanceof String key)
                    || !(pair.get("value") instanceof String value)) {
                return ToolOutcome.failed("each secret is {\"key\": NAME, \"value\": TEXT}");
            }
            values.put(key, value);
        }
        try {
            List<String> names = projects.addSecrets(invocation.userId(), invocation.sessionId(), values);
            return new ToolOutcome("Saved " + values.keySet() + " to the project's secrets and .env (it now has "
                    + names + "). Restart the server to load them.", Map.of("names", List.copyOf(values.keySet())), false);
        } catch (DomainException refused) {
            return new ToolOutcome("Not saved: " + refused.getMessage(), Map.of("reason", refused.code().value()), true);
        }
    }
}
