package ai.iiagent.adapter.llm.openai;

import ai.iiagent.domain.credits.TokenUsage;
import ai.iiagent.port.out.llm.LlmStreamListener;
import ai.iiagent.port.out.llm.LlmTurn;
import ai.iiagent.domain.agents.ToolCall;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Folds Chat Completions stream chunks into a turn: text and reasoning deltas go to the listener
 * as they come, tool-call fragments are joined by index, the usage chunk is normalised so every
 * token is counted once (cached prompt tokens are cache reads, reasoning tokens are taken out of
 * the completion count, where OpenAI includes them).
 */
final class StreamAccumulator {

    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {
    };

    private final ObjectMapper json;
    private final LlmStreamListener listener;
    private final StringBuilder text = new StringBuilder();
    private final StringBuilder reasoning = new StringBuilder();
    private final TreeMap<Integer, PartialCall> calls = new TreeMap<>();
    private String finishReason;
    private TokenUsage usage;

    StreamAccumulator(ObjectMapper json, LlmStreamListener listener) {
        this.json = json;
        this.listener = listener;
    }

    void accept(JsonNode chunk) {
        JsonNode reported = chunk.get("usage");
        if (reported != null && reported.isObject()) {
            long cached = reported.path("prompt_tokens_details").path("cached_tokens").asLong(0);
            long reasoningTokens = reported.path("completion_tokens_details").path("reasoning_tokens").asLong(0);
            usage = new TokenUsage(Math.max(0, reported.path("prompt_tokens").asLong(0) - cached),
                    Math.max(0, reported.path("completion_tokens").asLong(0) - reasoningTokens), cached, 0, reasoningTokens);
        }
        for (JsonNode choice : chunk.path("choices")) {
            JsonNode delta = choice.path("delta");
            String content = delta.path("content").asText("");
            if (!content.isEmpty()) {
                text.append(content);
                listener.onTextDelta(content);
            }
            String thinking = delta.hasNonNull("reasoning_content") ? delta.get("reasoning_content").asText("")
                    : delta.path("reasoning").asText("");
            if (!thinking.isEmpty()) {
                reasoning.append(thinking);
                listener.onReasoningDelta(thinking);
            }
            for (JsonNode fragment : delta.path("tool_calls")) {
                PartialCall call = calls.computeIfAbsent(fragment.path("index").asInt(calls.size()), index -> new PartialCall());
                if (fragment.hasNonNull("id")) {
                    call.id = fragment.get("id").asText();
                }
                JsonNode function = fragment.path("function");
                if (function.hasNonNull("name")) {
                    call.name.append(function.get("name").asText());
                }
                String piece = function.path("arguments").asText("");
                call.arguments.append(piece);
                if (!piece.isEmpty() && call.id != null) {
                    listener.onToolCallDelta(call.id, call.name.toString(), piece);
                }
            }
            if (choice.hasNonNull("finish_reason")) {
                finishReason = choice.get("finish_reason").asText();
            }
        }
    }

    boolean finished() {
        return finishReason != null;
    }

    /** Tokens so far: the reported usage, or characters / 4 when the stream broke before reporting it. */
    TokenUsage usageSoFar(long promptCharacters) {
        return usage != null ? usage : new TokenUsage(Math.ceilDiv(promptCharacters, 4),
                Math.ceilDiv(text.length() + argumentCharacters(), 4), 0, 0, Math.ceilDiv(reasoning.length(), 4));
    }

    LlmTurn turn(String finish, long promptCharacters) throws IOException {
        List<ToolCall> done = new ArrayList<>();
        for (Map.Entry<Integer, PartialCall> entry : calls.entrySet()) {
            PartialCall call = entry.getValue();
            String arguments = call.arguments.isEmpty() ? "{}" : call.arguments.toString();
            done.add(new ToolCall(call.id == null ? "call_" + entry.getKey() : call.id, call.name.toString(),
                    json.readValue(arguments, OBJECT)));
        }
        return new LlmTurn(text.toString(), reasoning.isEmpty() ? null : reasoning.toString(), done,
                finish != null ? finish : finishReason, usageSoFar(promptCharacters));
    }

    private long argumentCharacters() {
        return calls.values().stream().mapToLong(call -> call.arguments.length()).sum();
    }

    private static final class PartialCall {
        private String id;
        private final StringBuilder name = new StringBuilder();
        private final StringBuilder arguments = new StringBuilder();
    }
}
