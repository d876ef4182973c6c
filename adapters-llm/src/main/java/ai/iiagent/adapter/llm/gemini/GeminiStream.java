package ai.iiagent.adapter.llm.gemini;

import ai.iiagent.domain.credits.TokenUsage;
import ai.iiagent.port.out.llm.LlmStreamListener;
import ai.iiagent.port.out.llm.LlmTurn;
import ai.iiagent.domain.agents.ToolCall;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Folds {@code streamGenerateContent} chunks into a turn: text and thought parts go to the listener
 * as they come, each {@code functionCall} part (Gemini sends them whole) becomes a tool call, with a
 * generated id when Gemini gives none. Usage is normalised so each token is counted once: cached
 * prompt tokens are taken out of input, thoughts are reported apart from candidates already.
 */
final class GeminiStream {

    private static final String GENERATED = "gemini-call-";
    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {
    };

    private final ObjectMapper json;
    private final LlmStreamListener listener;
    private final StringBuilder text = new StringBuilder();
    private final StringBuilder reasoning = new StringBuilder();
    private final List<ToolCall> calls = new ArrayList<>();
    private final Map<String, String> signatures = new LinkedHashMap<>();
    private String responseId;
    private String finishReason;
    private TokenUsage usage;

    GeminiStream(ObjectMapper json, LlmStreamListener listener) {
        this.json = json;
        this.listener = listener;
    }

    /** Whether an id is one we made up (Gemini must not see it), not one Gemini sent. */
    static boolean generatedId(String id) {
        return id.startsWith(GENERATED);
    }

    void accept(JsonNode chunk) {
        if (responseId == null && chunk.hasNonNull("responseId")) {
            responseId = chunk.get("responseId").asText();
        }
        if (chunk.has("usageMetadata")) {
            usage = usage(chunk.get("usageMetadata"));
        }
        if (chunk.path("promptFeedback").hasNonNull("blockReason")) {
            finishReason = "content_filter"; // the prompt itself was blocked: no candidates follow
        }
        JsonNode candidate = chunk.path("candidates").path(0);
        for (JsonNode part : candidate.path("content").path("parts")) {
            part(part);
        }
        if (candidate.hasNonNull("finishReason")) {
            finishReason = finishReason(candidate.get("finishReason").asText());
        }
    }

    private void part(JsonNode part) {
        if (part.has("functionCall")) {
            JsonNode call = part.get("functionCall");
            String id = call.hasNonNull("id") ? call.get("id").asText() : nextId();
            calls.add(new ToolCall(id, call.path("name").asText(), json.convertValue(call.path("args"), OBJECT)));
            if (part.hasNonNull("thoughtSignature")) {
                signatures.put(id, part.get("thoughtSignature").asText());
            }
            return;
        }
        String delta = part.path("text").asText("");
        if (delta.isEmpty()) {
            return; // e.g. an empty part that only carries the closing thought signature
        }
        if (part.path("thought").asBoolean(false)) {
            reasoning.append(delta);
            listener.onReasoningDelta(delta);
        } else {
            text.append(delta);
            listener.onTextDelta(delta);
        }
    }

    /** Stable within a response (its id and the call's position), unique across responses. */
    private String nextId() {
        if (responseId == null) {
            responseId = UUID.randomUUID().toString();
        }
        return GENERATED + responseId + "-" + calls.size();
    }

    private static TokenUsage usage(JsonNode reported) {
        long cached = reported.path("cachedContentTokenCount").asLong(0);
        // Prompt tokens of built-in tools (e.g. code execution) are billed as input too.
        long prompt = reported.path("promptTokenCount").asLong(0) + reported.path("toolUsePromptTokenCount").asLong(0);
        return new TokenUsage(Math.max(0, prompt - cached), reported.path("candidatesTokenCount").asLong(0), cached, 0,
                reported.path("thoughtsTokenCount").asLong(0));
    }

    private static String finishReason(String reason) {
        return switch (reason) {
            case "STOP" -> "stop";
            case "MAX_TOKENS" -> "length";
            case "SAFETY", "RECITATION", "BLOCKLIST", "PROHIBITED_CONTENT", "SPII", "IMAGE_SAFETY" -> "content_filter";
            default -> reason.toLowerCase(java.util.Locale.ROOT);
        };
    }

    boolean finished() {
        return finishReason != null;
    }

    /** Thought signatures Gemini attached to this turn's function calls, by call id. */
    Map<String, String> signatures() {
        return signatures;
    }

    /** Tokens so far: the latest reported usage, or characters / 4 when none was reported yet. */
    TokenUsage usageSoFar(long promptCharacters) {
        return usage != null ? usage : new TokenUsage(Math.ceilDiv(promptCharacters, 4),
                Math.ceilDiv(text.length() + calls.stream().mapToLong(call -> call.arguments().toString().length()).sum(), 4),
                0, 0, Math.ceilDiv(reasoning.length(), 4));
    }

    LlmTurn turn(String finish, long promptCharacters) {
        String reason = finish != null ? finish
                : !calls.isEmpty() && "stop".equals(finishReason) ? "tool_calls" : finishReason; // Gemini says STOP for calls too
        return new LlmTurn(text.toString(), reasoning.isEmpty() ? null : reasoning.toString(), calls, reason,
                usageSoFar(promptCharacters));
    }
}
