package ai.iiagent.service.chat;

import ai.iiagent.domain.chat.ChatMessage;
import ai.iiagent.domain.chat.ChatMessageId;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.port.out.chat.ChatMessageRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A {@link ChatMessageRepository} in a list, in write order. */
final class InMemoryChatMessages implements ChatMessageRepository {

    final List<ChatMessage> rows = new ArrayList<>();

    @Override
    public void insert(ChatMessage message) {
        rows.add(message);
    }

    @Override
    public void update(ChatMessage message) {
        rows.replaceAll(row -> row.id().equals(message.id()) ? message : row);
    }

    @Override
    public Optional<ChatMessage> find(SessionId sessionId, ChatMessageId id) {
        return history(sessionId).stream().filter(row -> row.id().equals(id)).findFirst();
    }

    @Override
    public List<ChatMessage> history(SessionId sessionId) {
        return rows.stream().filter(row -> row.sessionId().equals(sessionId)).toList();
    }

    @Override
    public List<ChatMessage> page(SessionId sessionId, ChatMessageId before, int limit) {
        List<ChatMessage> all = history(sessionId);
        int end = before == null ? all.size() : all.indexOf(find(sessionId, before).orElseThrow());
        return all.subList(Math.max(0, end - limit), end);
    }

    @Override
    public long count(SessionId sessionId) {
        return history(sessionId).size();
    }

    @Override
    public int deleteFrom(SessionId sessionId, ChatMessageId from) {
        List<ChatMessage> all = history(sessionId);
        List<ChatMessage> gone = all.subList(all.indexOf(find(sessionId, from).orElseThrow()), all.size());
        rows.removeAll(gone);
        return gone.size();
    }

    @Override
    public int deleteAll(SessionId sessionId) {
        List<ChatMessage> gone = history(sessionId);
        rows.removeAll(gone);
        return gone.size();
    }
}
