package ai.iiagent.adapter.http.chat;

import ai.iiagent.domain.chat.ChatFile;
import ai.iiagent.domain.chat.ChatMessage;
import ai.iiagent.port.in.chat.ChatHistoryPage;
import ai.iiagent.domain.chat.ChatToolStep;
import ai.iiagent.domain.credits.TokenUsage;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Request and response bodies of the chat API (snake_case on the wire). */
public final class ChatWire {

    private ChatWire() {
    }

    /** {@code tools}: chat tools switched on or off by name (all are on unless switched off). */
    public record SendMessageRequest(String content, String modelId, String sessionId, Map<String, Boolean> tools,
                                     List<String> fileIds, CouncilRequest council) {
    }

    /** Council mode: {@code models} answer side by side, {@code synthesis_model} (absent: model_id) combines them. */
    public record CouncilRequest(List<String> models, String synthesisModel) {
    }

    public record StopResponse(boolean success, UUID lastMessageId) {
    }

    public record UsageBody(long inputTokens, long outputTokens, long cacheReadTokens, long cacheWriteTokens,
                            long totalTokens) {

        static UsageBody of(TokenUsage usage) {
            return new UsageBody(usage.input(), usage.output() + usage.reasoning(), usage.cacheRead(), usage.cacheWrite(),
                    total(usage));
        }

        static long total(TokenUsage usage) {
            return usage.input() + usage.output() + usage.reasoning() + usage.cacheRead() + usage.cacheWrite();
        }
    }

    public record MessageResponse(UUID id, String role, String content, String model, UsageBody usage,
                                  String finishReason, boolean isFinished, Instant createdAt,
                                  List<ToolStepBody> toolSteps, List<FileBody> files) {

        static MessageResponse of(ChatMessage message, List<ChatFile> files) {
            return new MessageResponse(message.id().value(), message.role().code(), message.content(), message.modelId(),
                    UsageBody.of(message.usage()), message.finishReason(), message.finished(), message.createdAt(),
                    message.toolSteps().stream().map(ToolStepBody::of).toList(),
                    files.stream().map(file -> new FileBody(file.id(), file.name(), file.contentType(), file.size())).toList());
        }
    }

    /** A file attached to a user message. */
    public record FileBody(String id, String name, String contentType, long size) {
    }

    static HistoryResponse history(ChatHistoryPage page) {
        return new HistoryResponse(page.messages().stream().map(message -> MessageResponse.of(message,
                page.filesOf(message.id()))).toList(), page.hasMore(), page.totalCount());
    }

    /** A model turn of the answer that called tools: its text, then its calls with their results. */
    public record ToolStepBody(String text, List<ToolCallBody> toolCalls) {

        static ToolStepBody of(ChatToolStep step) {
            return new ToolStepBody(step.text(), step.calls().stream().map(call -> new ToolCallBody(call.id(), call.name(),
                    call.input(), call.output(), call.error())).toList());
        }
    }

    public record ToolCallBody(String id, String name, Map<String, Object> input, String output, boolean isError) {
    }

    public record HistoryResponse(List<MessageResponse> messages, boolean hasMore, long totalCount) {
    }

    public record DeleteResponse(boolean success, int deletedCount, String message) {
    }
}
