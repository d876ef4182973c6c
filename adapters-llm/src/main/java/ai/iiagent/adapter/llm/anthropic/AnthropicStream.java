package ai.iiagent.adapter.llm.anthropic;

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
 * Folds Messages stream events into a turn: text and thinking deltas go to the listener as they
 * come, {@code input_json_delta} fragments are joined per content block, thinking signatures are
 * kept so the blocks can be echoed. Usage needs no subtraction: Anthropic's {@code input_tokens}
 * already exclude cache reads and writes, which it reports on their own.
 */
final class AnthropicStream {

    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {
    };

    private final ObjectMapper json;
    private final LlmStreamListener listener;
    private final StringBuilder text = new StringBuilder();
    private final StringBuilder reasoning = new StringBuilder();
    private final TreeMap<Integer, Block> blocks = new TreeMap<>();
    private Long input;
    private long cacheRead;
    private long cacheWrite;
    private long startOutput;
    private Long output;
    private String stopReason;

    AnthropicStream(ObjectMapper json, LlmStreamListener listener) {
        this.json = json;
        this.listener = listener;
    }

    void accept(String type, JsonNode event) {
        switch (type) {
            case "message_start" -> {
                JsonNode usage = event.path("message").path("usage");
                usage(usage);
                startOutput = usage.path("output_tokens").asLong(0);
            }
            case "content_block_start" -> start(event.path("index").asInt(blocks.size()), event.path("content_block"));
            case "content_block_delta" -> delta(event.path("index").asInt(), event.path("delta"));
            case "content_block_stop" -> {
                Block block = blocks.get(event.path("index").asInt());
                if (block != null) {
                    block.complete = true;
                }
            }
            case "message_delta" -> {
                if (event.path("delta").hasNonNull("stop_reason")) {
                    stopReason = event.path("delta").get("stop_reason").asText();
                }
                JsonNode usage = event.path("usage");
                usage(usage); // newer API versions repeat the (final) input and cache counts here
                if (usage.has("output_tokens")) {
                    output = usage.get("output_tokens").asLong();
                }
            }
            default -> {
                // ping, message_stop and event types added later carry nothing we fold
            }
        }
    }

    private void usage(JsonNode usage) {
        if (usage.has("input_tokens")) {
            input = usage.get("input_tokens").asLong();
        }
        cacheRead = usage.path("cache_read_input_tokens").asLong(cacheRead);
        cacheWrite = usage.path("cache_creation_input_tokens").asLong(cacheWrite);
    }

    private void start(int index, JsonNode content) {
        Block block = new Block(content.path("type").asText());
        block.id = content.path("id").asText(null);
        block.name = content.path("name").asText(null);
        block.redactedData = content.path("data").asText(null);
        blocks.put(index, block);
        if (block.type.equals("text")) {
            appendText(content.path("text").asText(""));
        }
    }

    private void delta(int index, JsonNode delta) {
        Block block = blocks.computeIfAbsent(index, missing -> new Block("unknown"));
        switch (delta.path("type").asText()) {
            case "text_delta" -> appendText(delta.path("text").asText(""));
            case "input_json_delta" -> {
                String piece = delta.path("partial_json").asText("");
                block.json.append(piece);
                if (!piece.isEmpty() && block.id != null) {
                    listener.onToolCallDelta(block.id, block.name, piece);
                }
            }
            case "thinking_delta" -> {
                String thought = delta.path("thinking").asText("");
                block.thinking.append(thought);
                reasoning.append(thought);
                if (!thought.isEmpty()) {
                    listener.onReasoningDelta(thought);
                }
            }
            case "signature_delta" -> block.signature.append(delta.path("signature").asText(""));
            default -> {
                // citations_delta and other deltas are not part of our turn
            }
        }
    }

    private void appendText(String delta) {
        if (!delta.isEmpty()) {
            text.append(delta);
            listener.onTextDelta(delta);
        }
    }

    /**
     * Tokens so far: the reported counts, with output estimated at characters / 4 until
     * {@code message_delta} reports it. Reasoning stays 0: thinking is billed inside Anthropic's
     * {@code output_tokens} and never counted separately, so there is nothing to move out of output.
     */
    TokenUsage usageSoFar(long promptCharacters) {
        long generated = text.length() + reasoning.length()
                + blocks.values().stream().mapToLong(block -> block.json.length()).sum();
        long out = output != null ? output : Math.max(startOutput, Math.ceilDiv(generated, 4));
        return new TokenUsage(input != null ? input : Math.ceilDiv(promptCharacters, 4), out, cacheRead, cacheWrite, 0);
    }

    /** The turn; a cancelled one keeps only the tool calls whose arguments had fully arrived. */
    LlmTurn turn(String finish, long promptCharacters) throws IOException {
        List<ToolCall> calls = new ArrayList<>();
        for (Block block : blocks.values()) {
            if (block.type.equals("tool_use") && (finish == null || block.complete)) {
                String arguments = block.json.isEmpty() ? "{}" : block.json.toString();
                calls.add(new ToolCall(block.id, block.name, json.readValue(arguments, OBJECT)));
            }
        }
        return new LlmTurn(text.toString(), reasoning.isEmpty() ? null : reasoning.toString(), calls,
                finish != null ? finish : finishReason(), usageSoFar(promptCharacters));
    }

    /** The signed thinking blocks of this turn, in order (to echo with its tool results). */
    List<ThinkingBlock> thinkingBlocks() {
        List<ThinkingBlock> signed = new ArrayList<>();
        for (Block block : blocks.values()) {
            if (block.type.equals("thinking")) {
                signed.add(new ThinkingBlock(block.thinking.toString(), block.signature.toString(), null));
            } else if (block.type.equals("redacted_thinking")) {
                signed.add(new ThinkingBlock(null, null, block.redactedData));
            }
        }
        return signed;
    }

    private String finishReason() {
        if (stopReason == null) {
            return "stop";
        }
        return switch (stopReason) {
            case "end_turn", "stop_sequence", "pause_turn" -> "stop";
            case "tool_use" -> "tool_calls";
            case "max_tokens" -> "length";
            case "refusal" -> "content_filter";
            default -> stopReason;
        };
    }

    private static final class Block {
        private final String type;
        private String id;
        private String name;
        private String redactedData;
        private boolean complete;
        private final StringBuilder json = new StringBuilder();
        private final StringBuilder thinking = new StringBuilder();
        private final StringBuilder signature = new StringBuilder();

        private Block(String type) {
            this.type = type;
        }
    }
}
