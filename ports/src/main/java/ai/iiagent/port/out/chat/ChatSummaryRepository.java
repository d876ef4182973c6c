package ai.iiagent.port.out.chat;

import ai.iiagent.domain.chat.ChatSummary;
import ai.iiagent.domain.sessions.SessionId;
import java.util.Optional;

/** Summaries of long chats; deleting the last message a summary covers deletes the summary. */
public interface ChatSummaryRepository {

    /** The session's newest summary, if any. */
    Optional<ChatSummary> latest(SessionId sessionId);

    void save(ChatSummary summary);
}
