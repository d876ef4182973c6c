package ai.iiagent.service.chat;

import ai.iiagent.domain.chat.ChatMessage;
import ai.iiagent.domain.chat.ChatRole;
import ai.iiagent.port.in.chat.ChatStopResult;
import ai.iiagent.port.in.chat.StopChatTurnCommand;
import ai.iiagent.port.in.chat.StopChatTurnUseCase;
import ai.iiagent.port.in.sessions.GetSessionUseCase;
import ai.iiagent.port.out.chat.ChatMessageRepository;
import ai.iiagent.port.out.chat.ChatStopSignal;
import java.util.List;

/**
 * A turn is running while its answer is stored unfinished without a finish reason, or while its
 * user message is the last one (the answer is not written yet): then its flag is raised.
 */
public final class StopChatTurnService implements StopChatTurnUseCase {

    private final ChatAccess access;
    private final ChatMessageRepository messages;
    private final ChatStopSignal stops;

    public StopChatTurnService(GetSessionUseCase sessions, ChatMessageRepository messages, ChatStopSignal stops) {
        this.access = new ChatAccess(sessions);
        this.messages = messages;
        this.stops = stops;
    }

    @Override
    public ChatStopResult stop(StopChatTurnCommand command) {
        access.owned(command.owner(), command.sessionId());
        List<ChatMessage> latest = messages.page(command.sessionId(), null, 2);
        if (latest.isEmpty()) {
            return new ChatStopResult(false, null);
        }
        ChatMessage last = latest.getLast();
        ChatMessage question = last.role() == ChatRole.USER ? last
                : last.isRunningAnswer() && latest.size() == 2 && latest.getFirst().role() == ChatRole.USER
                ? latest.getFirst() : null;
        if (question == null) {
            return new ChatStopResult(false, null);
        }
        stops.raise(question.id());
        return new ChatStopResult(true, question.id());
    }
}
