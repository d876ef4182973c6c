package ai.iiagent.port.out.chat;

import ai.iiagent.domain.chat.ChatMessage;
import ai.iiagent.domain.chat.ChatMessageId;
import ai.iiagent.domain.sessions.SessionId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A {@link ChatMessageRepository} in a list, in write order; keeps {@link ChatMessageRepositoryContractTest}. */
public class InMemoryChatMessageRepository implements ChatMessageRepository {

    private final List<ChatMessage> rows = new ArrayList<>();

    @Override
    public synchronized void insert(ChatMessage message) {
        rows.add(message);
    }

    @Override
    public synchronized void update(ChatMessage message) {
        rows.replaceAll(row -> row.id().equals(message.id()) ? message : row);
    }

    @Override
    public synchronized Optional<ChatMessage> find(SessionId sessionId, ChatMessageId id) {
        return history(sessionId).stream().filter(row -> row.id().equals(id)).findFirst();
    }

    @Override
    public synchronized List<ChatMessage> history(SessionId sessionId) {
        return rows.stream().filter(row -> row.sessionId().equals(sessionId)).toList();
    }

    @Override
    public synchronized List<ChatMessage> page(SessionId sessionId, ChatMessageId before, int limit) {
        List<ChatMessage> all = history(sessionId);
        Optional<ChatMessage> anchor = before == null ? Optional.empty() : find(sessionId, before);
        if (before != null && anchor.isEmpty()) {
            return List.of(); // as PostgreSQL: nothing is before an unknown message
        }
        int end = anchor.map(all::indexOf).orElse(all.size());
        return all.subList(Math.max(0, end - limit), end);
    }

    @Override
    public synchronized long count(SessionId sessionId) {
        return history(sessionId).size();
    }

    @Override
    public synchronized int deleteFrom(SessionId sessionId, ChatMessageId from) {
        List<ChatMessage> all = history(sessionId);
        Optional<ChatMessage> first = find(sessionId, from);
        if (first.isEmpty()) {
            return 0;
        }
        List<ChatMessage> gone = all.subList(all.indexOf(first.get()), all.size());
        rows.removeAll(gone);
        return gone.size();
    }

    @Override
    public synchronized int deleteAll(SessionId sessionId) {
        List<ChatMessage> gone = history(sessionId);
        rows.removeAll(gone);
        return gone.size();
    }
}
