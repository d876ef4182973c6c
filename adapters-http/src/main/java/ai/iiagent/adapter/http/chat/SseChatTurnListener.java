package ai.iiagent.adapter.http.chat;

import ai.iiagent.adapter.http.shared.BlockingEventStream;
import ai.iiagent.domain.chat.ChatMessageId;
import ai.iiagent.domain.credits.TokenUsage;
import ai.iiagent.domain.sessions.Session;
import ai.iiagent.domain.sessions.SessionSnapshot;
import ai.iiagent.domain.chat.ChatTurnListener;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A chat turn as server-sent events: {@code event:} the name, {@code data:} one JSON object with a
 * {@code status}. A client that went away stops receiving; the turn itself runs to its end.
 */
final class SseChatTurnListener implements ChatTurnListener {

    private final BlockingEventStream.Events events;
    private final Set<String> started = ConcurrentHashMap.newKeySet();

    SseChatTurnListener(BlockingEventStream.Events events) {
        this.events = events;
    }

    @Override
    public void sessionCreated(Session session, String modelId) {
        SessionSnapshot snapshot = session.snapshot();
        send("session", "status", "created", "session_id", snapshot.id().value(), "name", snapshot.name(),
                "agent_type", snapshot.agentType(), "model_id", modelId, "created_at", snapshot.createdAt().toString());
    }

    @Override
    public void contentStart() {
        send("content", "status", "start");
    }

    @Override
    public void thinkingDelta(String delta) {
        send("thinking", "status", "delta", "delta", delta);
    }

    @Override
    public void contentDelta(String delta) {
        send("content", "status", "delta", "delta", delta);
    }

    @Override
    public void contentStop() {
        send("content", "status", "stop");
    }

    @Override
    public void toolCallDelta(String callId, String toolName, String argumentsDelta) {
        if (started.add(callId)) {
            send("tool_call", "status", "start", "id", callId, "name", toolName, "type", "function");
        }
        send("tool_call", "status", "delta", "id", callId, "delta", argumentsDelta);
    }

    @Override
    public void toolCall(String callId, String toolName, Map<String, Object> input) {
        if (started.add(callId)) { // a provider that sends whole calls streamed no delta
            send("tool_call", "status", "start", "id", callId, "name", toolName, "type", "function");
        }
        send("tool_call", "status", "stop", "id", callId, "name", toolName, "input", input);
    }

    @Override
    public void toolResult(String callId, String toolName, String output, boolean error) {
        send("tool_result", "status", "info", "tool_call_id", callId, "name", toolName, "output", output,
                "is_error", error);
    }

    @Override
    public void councilMemberStart(String modelId, String modelName) {
        send("council_member", "status", "start", "model_id", modelId, "model_name", modelName);
    }

    @Override
    public void councilMemberDelta(String modelId, String delta) {
        send("council_member", "status", "delta", "model_id", modelId, "delta", delta);
    }

    @Override
    public void councilMemberComplete(String modelId, String text, TokenUsage usage) {
        send("council_member", "status", "complete", "model_id", modelId, "content", text,
                "output_tokens", ChatWire.UsageBody.of(usage).outputTokens());
    }

    @Override
    public void councilMemberError(String modelId, String code, String message) {
        send("council_member", "status", "error", "model_id", modelId, "code", code, "message", message);
    }

    @Override
    public void councilSynthesisStart(String modelId, String modelName) {
        send("council_synthesis", "status", "start", "model_id", modelId, "model_name", modelName);
    }

    @Override
    public void summaryStarted() {
        send("summary", "status", "start");
    }

    @Override
    public void summaryCompleted(String summary) {
        send("summary", "status", "done", "content", summary);
    }

    @Override
    public void usage(TokenUsage usage) {
        ChatWire.UsageBody body = ChatWire.UsageBody.of(usage);
        send("usage", "status", "info", "input_tokens", body.inputTokens(), "output_tokens", body.outputTokens(),
                "cache_read_tokens", body.cacheReadTokens(), "cache_write_tokens", body.cacheWriteTokens(),
                "total_tokens", body.totalTokens());
    }

    @Override
    public void error(String code, String message, boolean retryable) {
        send("error", "status", "error", "message", message, "code", code, "retryable", retryable);
    }

    @Override
    public void complete(ChatMessageId answerId, String finishReason, long elapsedMillis) {
        send("complete", "status", "done", "message_id", answerId.value(), "finish_reason", finishReason,
                "elapsed_ms", elapsedMillis);
    }

    /** Council members stream side by side: one event at a time on the wire. */
    private synchronized void send(String event, Object... keysAndValues) {
        Map<String, Object> data = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            data.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        events.send(event, data);
    }
}
