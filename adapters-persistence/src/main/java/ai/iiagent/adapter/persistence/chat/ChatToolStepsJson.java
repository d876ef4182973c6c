package ai.iiagent.adapter.persistence.chat;

import ai.iiagent.domain.chat.ChatToolCall;
import ai.iiagent.domain.chat.ChatToolStep;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The {@code tool_steps} column: {@code [{text, calls: [{id, name, input, output, error}]}]}, independent of the records. */
final class ChatToolStepsJson {

    private final ObjectMapper json;

    ChatToolStepsJson(ObjectMapper json) {
        this.json = json;
    }

    String write(List<ChatToolStep> steps) {
        ArrayNode written = json.createArrayNode();
        for (ChatToolStep step : steps) {
            ObjectNode node = written.addObject();
            node.put("text", step.text());
            ArrayNode calls = node.putArray("calls");
            for (ChatToolCall call : step.calls()) {
                calls.addObject().put("id", call.id()).put("name", call.name()).put("output", call.output())
                        .put("error", call.error()).set("input", json.valueToTree(call.input()));
            }
        }
        try {
            return json.writeValueAsString(written);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("tool steps are not JSON-compatible", e);
        }
    }

    @SuppressWarnings("unchecked")
    List<ChatToolStep> read(String stored) {
        if (stored == null || stored.isBlank()) {
            return List.of();
        }
        try {
            List<ChatToolStep> steps = new ArrayList<>();
            for (JsonNode step : json.readTree(stored)) {
                List<ChatToolCall> calls = new ArrayList<>();
                for (JsonNode call : step.path("calls")) {
                    calls.add(new ChatToolCall(call.path("id").asText(), call.path("name").asText(),
                            json.convertValue(call.path("input"), Map.class), call.path("output").asText(""),
                            call.path("error").asBoolean()));
                }
                steps.add(new ChatToolStep(step.path("text").asText(""), calls));
            }
            return steps;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored chat tool steps are not valid JSON", e);
        }
    }
}
