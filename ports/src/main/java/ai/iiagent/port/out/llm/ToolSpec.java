package ai.iiagent.port.out.llm;

import java.util.Map;
import java.util.Objects;

/** A tool offered to the model: name, description and the JSON Schema of its parameters (as a JSON-value map). */
public record ToolSpec(String name, String description, Map<String, Object> parameters) {

    public ToolSpec {
        Objects.requireNonNull(name, "name");
        description = description == null ? "" : description;
        parameters = parameters == null ? Map.of("type", "object", "properties", Map.of()) : Map.copyOf(parameters);
    }
}
