package ai.iiagent.adapter.llm.openai;

import ai.iiagent.domain.agents.ImagePart;
import ai.iiagent.domain.agents.Message;
import ai.iiagent.domain.agents.Role;
import ai.iiagent.port.out.llm.LlmRequest;
import ai.iiagent.domain.agents.ToolCall;
import ai.iiagent.port.out.llm.ToolSpec;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

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
        if (request.sampling().temperature() != null) {
            body.put("temperature", request.sampling().temperature());
        }
        if (request.sampling().reasoningEffort() != null) {
            body.put("reasoning_effort", request.sampling().reasoningEffort());
        }
        ArrayNode messages = body.putArray("messages");
        List<ImagePart> toolImages = new ArrayList<>();
        for (Message message : request.messages()) {
            if (message.role() != Role.TOOL && !toolImages.isEmpty()) {
                messages.add(imagesFromTools(toolImages));
                toolImages.clear();
            }
            messages.add(message(message));
            if (message.role() == Role.TOOL) {
                toolImages.addAll(message.images());
            }
        }
        if (!toolImages.isEmpty()) {
            messages.add(imagesFromTools(toolImages));
        }
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
            default -> {
                if (message.images().isEmpty()) {
                    node.put("content", message.text());
                } else {
                    ArrayNode parts = node.putArray("content");
                    if (!message.text().isEmpty()) {
                        parts.addObject().put("type", "text").put("text", message.text());
                    }
                    message.images().forEach(image -> parts.add(imageUrl(image)));
                }
            }
        }
        return node;
    }

    /**
     * Chat Completions takes images in user messages only, so the pictures a run of tool results returned
     * follow them as one user message (placed after the last result: the results must follow their calls).
     */
    private ObjectNode imagesFromTools(List<ImagePart> images) {
        ObjectNode user = json.createObjectNode().put("role", "user");
        ArrayNode parts = user.putArray("content");
        for (ImagePart image : images) {
            parts.addObject().put("type", "text").put("text", "Image returned by the tool call above: " + image.name());
            parts.add(imageUrl(image));
        }
        return user;
    }

    private ObjectNode imageUrl(ImagePart image) {
        ObjectNode part = json.createObjectNode().put("type", "image_url");
        part.putObject("image_url").put("url", image.dataUrl());
        return part;
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
