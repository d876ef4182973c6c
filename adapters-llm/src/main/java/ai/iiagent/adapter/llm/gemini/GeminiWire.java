package ai.iiagent.adapter.llm.gemini;

import ai.iiagent.domain.agents.Message;
import ai.iiagent.port.out.llm.LlmRequest;
import ai.iiagent.domain.agents.ToolCall;
import ai.iiagent.port.out.llm.ToolSpec;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Our request in Gemini {@code generateContent} form: system messages become
 * {@code systemInstruction}, assistant turns are {@code model} contents with {@code functionCall}
 * parts (with the thought signature Gemini gave them, from the message's provider data), and tool results are
 * {@code functionResponse} parts, consecutive ones in one {@code user} content.
 */
final class GeminiWire {

    private final ObjectMapper json;
    private final GeminiSettings settings;

    GeminiWire(ObjectMapper json, GeminiSettings settings) {
        this.json = json;
        this.settings = settings;
    }

    /** Thought signatures by call id as provider data (a JSON object). */
    String signatureData(Map<String, String> signatures) {
        try {
            return json.writeValueAsString(signatures);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON-compatible", e);
        }
    }

    private Map<String, String> signaturesOf(Message message) {
        String data = message.providerData().get(GeminiLlm.PROVIDER);
        if (data == null) {
            return Map.of();
        }
        try {
            Map<String, String> signatures = new HashMap<>();
            json.readTree(data).properties().forEach(entry -> signatures.put(entry.getKey(), entry.getValue().asText()));
            return signatures;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("stored Gemini thought signatures are not JSON", e);
        }
    }

    String body(LlmRequest request) {
        ObjectNode body = json.createObjectNode();
        List<String> system = new ArrayList<>();
        Map<String, String> callNames = new HashMap<>();
        ArrayNode contents = body.putArray("contents");
        for (Message message : request.messages()) {
            switch (message.role()) {
                case SYSTEM -> system.add(message.text());
                case TOOL -> parts(contents, "user").add(functionResponse(message, callNames));
                case ASSISTANT -> {
                    message.toolCalls().forEach(call -> callNames.put(call.id(), call.name()));
                    model(message, contents);
                }
                default -> {
                    if (!message.text().isEmpty()) {
                        parts(contents, "user").addObject().put("text", message.text());
                    }
                }
            }
        }
        if (!system.isEmpty()) {
            body.putObject("systemInstruction").putArray("parts").addObject().put("text", String.join("\n\n", system));
        }
        if (!request.tools().isEmpty()) {
            ArrayNode declarations = body.putArray("tools").addObject().putArray("functionDeclarations");
            request.tools().forEach(tool -> declarations.add(declaration(tool)));
        }
        ObjectNode config = body.putObject("generationConfig");
        if (request.maxOutputTokens() > 0) {
            config.put("maxOutputTokens", request.maxOutputTokens());
        }
        if (settings.includeThoughts() || settings.thinkingBudget() != null) {
            ObjectNode thinking = config.putObject("thinkingConfig");
            if (settings.includeThoughts()) {
                thinking.put("includeThoughts", true);
            }
            if (settings.thinkingBudget() != null) {
                thinking.put("thinkingBudget", settings.thinkingBudget());
            }
        }
        return write(body);
    }

    /** The parts of the trailing content of {@code role}, opened if the conversation does not end with one. */
    private ArrayNode parts(ArrayNode contents, String role) {
        if (!contents.isEmpty() && contents.get(contents.size() - 1).path("role").asText().equals(role)) {
            return (ArrayNode) contents.get(contents.size() - 1).get("parts");
        }
        ObjectNode content = contents.addObject();
        content.put("role", role);
        return content.putArray("parts");
    }

    private void model(Message message, ArrayNode contents) {
        if (message.text().isEmpty() && message.toolCalls().isEmpty()) {
            return; // Gemini rejects a content without parts
        }
        ArrayNode parts = parts(contents, "model");
        Map<String, String> signatures = signaturesOf(message);
        if (!message.text().isEmpty()) {
            parts.addObject().put("text", message.text());
        }
        for (ToolCall call : message.toolCalls()) {
            ObjectNode part = parts.addObject();
            ObjectNode function = part.putObject("functionCall");
            if (!GeminiStream.generatedId(call.id())) {
                function.put("id", call.id());
            }
            function.put("name", call.name());
            function.set("args", json.valueToTree(call.arguments()));
            String signature = signatures.get(call.id());
            if (signature != null) {
                part.put("thoughtSignature", signature);
            }
        }
    }

    private ObjectNode functionResponse(Message message, Map<String, String> callNames) {
        ObjectNode part = json.createObjectNode();
        ObjectNode response = part.putObject("functionResponse");
        if (message.toolCallId() != null && !GeminiStream.generatedId(message.toolCallId())) {
            response.put("id", message.toolCallId());
        }
        // Gemini pairs a response with its call by name, so fall back to the name of the call it answers.
        response.put("name", message.toolName() != null ? message.toolName() : callNames.get(message.toolCallId()));
        // Gemini's convention: the result under "output", a failure under "error".
        response.putObject("response").put(message.toolError() ? "error" : "output", message.text());
        return part;
    }

    private ObjectNode declaration(ToolSpec spec) {
        ObjectNode node = json.createObjectNode().put("name", spec.name()).put("description", spec.description());
        // parametersJsonSchema takes full JSON Schema; "parameters" is an OpenAPI subset that rejects
        // common keywords such as additionalProperties, which MCP tool schemas use.
        node.set("parametersJsonSchema", json.valueToTree(spec.parameters()));
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
