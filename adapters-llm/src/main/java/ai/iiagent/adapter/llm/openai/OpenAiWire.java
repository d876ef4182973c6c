package ai.iiagent.adapter.llm.openai;

import ai.iiagent.domain.agents.Message;
import ai.iiagent.port.out.llm.LlmRequest;
import ai.iiagent.domain.agents.ToolCall;
import ai.iiagent.port.out.llm.ToolSpec;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Our request in OpenAI Chat Completions form (what OpenAI, OpenRouter, vLLM, Ollama and LiteLLM accept). */
final class OpenAiWire {

    private final ObjectMapper json;

    OpenAiWire(ObjectMapper json) {
        this.json = json;
    }

    String body(LlmRequest request) {
        ObjectNode body = json.createObjectNode();
        body.put("model", request.modelId());
        body.put("stream", true);
        body.putObject("stream_options").put("include_usage", true);
        if (request.maxOutputTokens() > 0) {
            body.put("max_tokens", request.maxOutputTokens());
        }
        ArrayNode messages = body.putArray("messages");
        request.messages().forEach(message -> messages.add(message(message)));
        if (!request.tools().isEmpty()) {
            ArrayNode tools = body.putArray("tools");
            request.tools().forEach(tool -> tools.add(tool(tool)));
        }
        return write(body);
    }

    private ObjectNode message(Message message) {
        ObjectNode node = json.createObjectNode();
        node.put("role", message.role().code());
        switch (message.role()) {
            case TOOL -> {
                node.put("tool_call_id", message.toolCallId());
                node.put("content", message.text());
            }
            case ASSISTANT -> {
                if (message.text().isEmpty() && !message.toolCalls().isEmpty()) {
                    node.putNull("content");
                } else {
                    node.put("content", message.text());
                }
                if (!message.toolCalls().isEmpty()) {
                    ArrayNode calls = node.putArray("tool_calls");
                    message.toolCalls().forEach(call -> calls.add(toolCall(call)));
                }
            }
            default -> node.put("content", message.text());
        }
        return node;
    }

    private ObjectNode toolCall(ToolCall call) {
        ObjectNode node = json.createObjectNode();
        node.put("id", call.id());
        node.put("type", "function");
        node.putObject("function").put("name", call.name()).put("arguments", write(call.arguments()));
        return node;
    }

    private ObjectNode tool(ToolSpec spec) {
        ObjectNode node = json.createObjectNode();
        node.put("type", "function");
        ObjectNode function = node.putObject("function");
        function.put("name", spec.name());
        function.put("description", spec.description());
        function.set("parameters", json.valueToTree(spec.parameters()));
        return node;
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON-compatible", e);
        }
    }
}
