package ai.iiagent.port.in.chat;

import ai.iiagent.domain.chat.ChatMessageId;

/** Whether a running turn was asked to stop, and the user message of that turn (null when none ran). */
public record ChatStopResult(boolean stopped, ChatMessageId userMessageId) {
}
