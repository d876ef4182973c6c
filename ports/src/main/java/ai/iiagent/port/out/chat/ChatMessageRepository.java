package ai.iiagent.port.out.chat;

import ai.iiagent.domain.chat.ChatMessage;
import ai.iiagent.domain.chat.ChatMessageId;
import ai.iiagent.domain.sessions.SessionId;
import java.util.List;
import java.util.Optional;

/**
 * The messages of chat sessions, in the order they were written (insertion order, not the clock).
 * "After" and "before" below always mean that order.
 */
public interface ChatMessageRepository {

    /** Writes a new message. */
    void insert(ChatMessage message);

    /** Overwrites a stored message's content, usage, finish reason and finished flag. */
    void update(ChatMessage message);

    Optional<ChatMessage> find(SessionId sessionId, ChatMessageId id);

    /** All of the session's messages, oldest first. */
    List<ChatMessage> history(SessionId sessionId);

    /**
     * Up to {@code limit} of the newest messages written before {@code before} (all messages when
     * it is null), oldest first.
     */
    List<ChatMessage> page(SessionId sessionId, ChatMessageId before, int limit);

    long count(SessionId sessionId);

    /** Deletes the message and every message written after it; returns how many went. */
    int deleteFrom(SessionId sessionId, ChatMessageId from);

    /** Deletes all of the session's messages; returns how many went. */
    int deleteAll(SessionId sessionId);
}
