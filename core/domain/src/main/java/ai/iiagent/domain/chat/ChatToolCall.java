package ai.iiagent.domain.chat;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** A tool call the model made during a chat answer, with what the tool returned (the text the model read). */
public record ChatToolCall(String id, String name, Map<String, Object> input, String output, boolean error) {

    public ChatToolCall {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        // JSON arguments may hold nulls, which Map.copyOf refuses.
        input = input == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(input));
        output = output == null ? "" : output;
    }
}
