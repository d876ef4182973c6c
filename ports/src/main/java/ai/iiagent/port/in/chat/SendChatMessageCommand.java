package ai.iiagent.port.in.chat;

import ai.iiagent.domain.chat.ChatCouncil;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.shared.ErrorCode;
import ai.iiagent.domain.shared.ValidationException;
import ai.iiagent.domain.users.Identity;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A user's chat message: to the session given, or to a new chat session when {@code sessionId} is
 * null. {@code tools} switches chat tools on or off by name for this message (reference §6.2: every
 * chat tool is on unless the request says otherwise); {@code fileIds}: the caller's assets attached to it;
 * {@code council}: council mode (null: one model answers).
 */
public record SendChatMessageCommand(Identity owner, String content, String modelId, SessionId sessionId,
                                     Map<String, Boolean> tools, List<String> fileIds, ChatCouncil council) {

    public SendChatMessageCommand(Identity owner, String content, String modelId, SessionId sessionId) {
        this(owner, content, modelId, sessionId, Map.of());
    }

    public SendChatMessageCommand(Identity owner, String content, String modelId, SessionId sessionId,
                                  Map<String, Boolean> tools) {
        this(owner, content, modelId, sessionId, tools, List.of());
    }

    public SendChatMessageCommand(Identity owner, String content, String modelId, SessionId sessionId,
                                  Map<String, Boolean> tools, List<String> fileIds) {
        this(owner, content, modelId, sessionId, tools, fileIds, null);
    }

    public SendChatMessageCommand {
        Objects.requireNonNull(owner, "owner");
        if (content == null || content.isBlank()) {
            throw new ValidationException(ErrorCode.of("empty_content"), "content must not be empty");
        }
        modelId = modelId == null || modelId.isBlank() ? null : modelId;
        tools = tools == null ? Map.of() : Map.copyOf(tools);
        fileIds = fileIds == null ? List.of() : List.copyOf(fileIds);
    }

    /** Whether the chat tool {@code name} is on for this message. */
    public boolean toolEnabled(String name) {
        return tools.getOrDefault(name, true);
    }
}
