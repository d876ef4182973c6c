package ai.iiagent.domain.agents;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A model's request to call a tool: the provider's call id, the tool name and its arguments
 * (parsed from the provider's JSON by the adapter; JSON values only).
 */
public record ToolCall(String id, String name, Map<String, Object> arguments) {

    public ToolCall {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        // Arguments may hold JSON nulls, which Map.copyOf refuses.
        arguments = arguments == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(arguments));
    }
}
