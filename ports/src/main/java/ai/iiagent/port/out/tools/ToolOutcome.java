package ai.iiagent.port.out.tools;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A tool's result: the text the model reads next, what the UI shows ({@code display}, JSON values),
 * and whether it failed. Long text is truncated by the runtime, not by tools.
 */
public record ToolOutcome(String text, Map<String, Object> display, boolean error) {

    public ToolOutcome {
        text = text == null ? "" : text;
        display = display == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(display));
    }

    public static ToolOutcome ok(String text) {
        return new ToolOutcome(text, Map.of(), false);
    }

    public static ToolOutcome failed(String text) {
        return new ToolOutcome(text, Map.of(), true);
    }
}
