package ai.iiagent.service.chat;

import ai.iiagent.domain.chat.ChatMessage;
import ai.iiagent.domain.chat.ChatRole;
import ai.iiagent.domain.chat.ChatToolStep;
import ai.iiagent.domain.agents.Message;
import ai.iiagent.domain.agents.Role;
import ai.iiagent.domain.agents.ToolCall;
import java.util.ArrayList;
import java.util.List;

/** A chat session's stored messages as the model's conversation: user and assistant (with their tool steps), in order. */
final class ChatHistory {

    private ChatHistory() {
    }

    static List<Message> conversation(List<ChatMessage> earlier, ChatMessage question) {
        List<Message> conversation = new ArrayList<>(earlier.size() + 1);
        for (ChatMessage message : earlier) {
            if (message.role() == ChatRole.USER) {
                conversation.add(Message.user(message.content()));
                continue;
            }
            for (ChatToolStep step : message.toolSteps()) { // each answered in full, so the history stays valid
                conversation.add(Message.assistant(step.text(), null, step.calls().stream()
                        .map(call -> new ToolCall(call.id(), call.name(), call.input())).toList()));
                step.calls().forEach(call -> conversation.add(Message.toolResult(call.id(), call.name(),
                        call.output(), call.error())));
            }
            if (!message.content().isBlank()) { // a turn that failed before writing anything adds nothing
                conversation.add(Message.assistant(message.content(), null, List.of()));
            }
        }
        conversation.add(Message.user(question.content()));
        return conversation;
    }
}
