package ai.iiagent.adapter.llm.anthropic;

import ai.iiagent.domain.agents.ImagePart;
import ai.iiagent.domain.agents.Message;
import ai.iiagent.port.out.llm.LlmRequest;
import ai.iiagent.domain.agents.ToolCall;
import ai.iiagent.port.out.llm.ToolSpec;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Our request in Anthropic Messages form: system messages become the top-level {@code system},
 * assistant turns become text and {@code tool_use} blocks (led by the signed thinking blocks their
 * provider data carries), and tool results, with any user text that follows, share one user message.
 */
final class AnthropicWire {

    private final ObjectMapper json;

    AnthropicWire(ObjectMapper json) {
        this.json = json;
    }

    /** Signed thinking blocks as provider data: the blocks exactly as they go back on the wire (a JSON array). */
    String thinkingData(List<ThinkingBlock> blocks) {
        ArrayNode array = json.createArrayNode();
        blocks.forEach(block -> array.add(thinking(block)));
        return write(array);
    }

    /** The body; {@code thinkingBudget} 0 leaves extended thinking off. */
    String body(LlmRequest request, int maxTokens, int thinkingBudget) {
        ObjectNode body = json.createObjectNode();
        body.put("model", request.modelId());
        body.put("max_tokens", maxTokens);
        List<String> system = new ArrayList<>();
        ArrayNode messages = json.createArrayNode();
        for (Message message : request.messages()) {
            switch (message.role()) {
                case SYSTEM -> system.add(message.text());
                case TOOL -> userContent(messages).add(toolResult(message));
                case ASSISTANT -> assistant(message, messages);
                default -> {
                    if (!message.text().isEmpty()) { // Anthropic rejects empty text blocks
                        userContent(messages).add(text(message.text()));
                    }
                    message.images().forEach(image -> userContent(messages).add(image(image)));
                }
            }
        }
        if (!system.isEmpty()) {
            body.put("system", String.join("\n\n", system));
        }
        body.set("messages", messages);
        if (!request.tools().isEmpty()) {
            ArrayNode tools = body.putArray("tools");
            request.tools().forEach(tool -> tools.add(tool(tool)));
        }
        if (thinkingBudget > 0) {
            body.putObject("thinking").put("type", "enabled").put("budget_tokens", thinkingBudget);
        } else if (request.sampling().temperature() != null) { // Anthropic takes 0..1, and none with thinking
            body.put("temperature", Math.min(1.0, request.sampling().temperature()));
        }
        body.put("stream", true);
        return write(body);
    }

    /** The content of the trailing user message, opened if the conversation does not end with one. */
    private ArrayNode userContent(ArrayNode messages) {
        if (!messages.isEmpty() && messages.get(messages.size() - 1).path("role").asText().equals("user")) {
            return (ArrayNode) messages.get(messages.size() - 1).get("content");
        }
        ObjectNode user = messages.addObject();
        user.put("role", "user");
        return user.putArray("content");
    }

    private void assistant(Message message, ArrayNode messages) {
        ArrayNode content = json.createArrayNode();
        String signed = message.providerData().get(AnthropicMessagesLlm.PROVIDER);
        if (signed != null && !message.toolCalls().isEmpty()) {
            signedBlocks(signed).forEach(content::add);
        }
        if (!message.text().isEmpty()) {
            content.add(text(message.text()));
        }
        message.toolCalls().forEach(call -> content.add(toolUse(call)));
        if (!content.isEmpty()) {
            ObjectNode assistant = messages.addObject();
            assistant.put("role", "assistant");
            assistant.set("content", content);
        }
    }

    private List<JsonNode> signedBlocks(String data) {
        try {
            List<JsonNode> blocks = new ArrayList<>();
            json.readTree(data).forEach(block -> {
                String type = block.path("type").asText();
                if (type.equals("thinking") || type.equals("redacted_thinking")) { // only what Claude signed goes back
                    blocks.add(block);
                }
            });
            return blocks;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("stored Anthropic thinking is not JSON", e);
        }
    }

    private ObjectNode thinking(ThinkingBlock block) {
        ObjectNode node = json.createObjectNode();
        if (block.redacted()) {
            return node.put("type", "redacted_thinking").put("data", block.redactedData());
        }
        return node.put("type", "thinking").put("thinking", block.thinking()).put("signature", block.signature());
    }

    private ObjectNode text(String text) {
        return json.createObjectNode().put("type", "text").put("text", text);
    }

    private ObjectNode toolUse(ToolCall call) {
        ObjectNode node = json.createObjectNode().put("type", "tool_use").put("id", call.id()).put("name", call.name());
        node.set("input", json.valueToTree(call.arguments()));
        return node;
    }

    private ObjectNode toolResult(Message message) {
        ObjectNode result = json.createObjectNode().put("type", "tool_result").put("tool_use_id", message.toolCallId());
        if (message.images().isEmpty()) {
            result.put("content", message.text());
        } else { // a tool result may hold image blocks beside its text
            ArrayNode content = result.putArray("content");
            if (!message.text().isEmpty()) {
                content.add(text(message.text()));
            }
            message.images().forEach(image -> content.add(image(image)));
        }
        return result.put("is_error", message.toolError());
    }

    private ObjectNode image(ImagePart image) {
        ObjectNode block = json.createObjectNode().put("type", "image");
        block.putObject("source").put("type", "base64").put("media_type", image.mediaType()).put("data", image.base64());
        return block;
    }

    private ObjectNode tool(ToolSpec spec) {
        ObjectNode node = json.createObjectNode().put("name", spec.name()).put("description", spec.description());
        node.set("input_schema", json.valueToTree(spec.parameters()));
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
