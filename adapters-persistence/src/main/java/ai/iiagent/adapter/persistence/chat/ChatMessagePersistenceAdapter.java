package ai.iiagent.adapter.persistence.chat;

import ai.iiagent.domain.chat.ChatMessage;
import ai.iiagent.domain.chat.ChatMessageId;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.port.out.chat.ChatMessageRepository;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@link ChatMessageRepository} on PostgreSQL ({@code chat_messages}, ordered by {@code seq}). */
@ApplicationScoped
public class ChatMessagePersistenceAdapter implements ChatMessageRepository {

    private static final String COLUMNS = "id, session_id, role, content, model_id, input_tokens, output_tokens,"
            + " cache_read_tokens, cache_write_tokens, reasoning_tokens, finish_reason, is_finished, created_at";
    private static final String SELECTED = COLUMNS + ", CAST(tool_steps AS text)";

    private final EntityManager entityManager;
    private final ChatToolStepsJson steps;

    public ChatMessagePersistenceAdapter(EntityManager entityManager, ObjectMapper json) {
        this.entityManager = entityManager;
        this.steps = new ChatToolStepsJson(json);
    }

    @Override
    @Transactional
    public void insert(ChatMessage message) {
        entityManager.createNativeQuery("INSERT INTO chat_messages (" + COLUMNS + ", tool_steps)"
                        + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, CAST(?14 AS jsonb))")
                .setParameter(1, message.id().value()).setParameter(2, message.sessionId().value())
                .setParameter(3, message.role().code()).setParameter(4, message.content())
                .setParameter(5, message.modelId()).setParameter(6, message.usage().input())
                .setParameter(7, message.usage().output()).setParameter(8, message.usage().cacheRead())
                .setParameter(9, message.usage().cacheWrite()).setParameter(10, message.usage().reasoning())
                .setParameter(11, message.finishReason()).setParameter(12, message.finished())
                .setParameter(13, message.createdAt()).setParameter(14, steps.write(message.toolSteps()))
                .executeUpdate();
    }

    @Override
    @Transactional
    public void update(ChatMessage message) {
        entityManager.createNativeQuery("UPDATE chat_messages SET content = ?2, input_tokens = ?3, output_tokens = ?4,"
                        + " cache_read_tokens = ?5, cache_write_tokens = ?6, reasoning_tokens = ?7, finish_reason = ?8,"
                        + " is_finished = ?9, tool_steps = CAST(?10 AS jsonb) WHERE id = ?1")
                .setParameter(1, message.id().value()).setParameter(2, message.content())
                .setParameter(3, message.usage().input()).setParameter(4, message.usage().output())
                .setParameter(5, message.usage().cacheRead()).setParameter(6, message.usage().cacheWrite())
                .setParameter(7, message.usage().reasoning()).setParameter(8, message.finishReason())
                .setParameter(9, message.finished()).setParameter(10, steps.write(message.toolSteps())).executeUpdate();
    }

    @Override
    @Transactional
    public Optional<ChatMessage> find(SessionId sessionId, ChatMessageId id) {
        return select("WHERE session_id = ?1 AND id = ?2", sessionId, id, Integer.MAX_VALUE).stream().findFirst();
    }

    @Override
    @Transactional
    public List<ChatMessage> history(SessionId sessionId) {
        return select("WHERE session_id = ?1 ORDER BY seq", sessionId, null, Integer.MAX_VALUE);
    }

    @Override
    @Transactional
    public List<ChatMessage> page(SessionId sessionId, ChatMessageId before, int limit) {
        List<ChatMessage> newestFirst = before == null
                ? select("WHERE session_id = ?1 ORDER BY seq DESC", sessionId, null, limit)
                : select("WHERE session_id = ?1 AND seq < (SELECT seq FROM chat_messages WHERE id = ?2)"
                        + " ORDER BY seq DESC", sessionId, before, limit);
        return newestFirst.reversed();
    }

    @Override
    @Transactional
    public long count(SessionId sessionId) {
        return ((Number) entityManager.createNativeQuery("SELECT count(*) FROM chat_messages WHERE session_id = ?1")
                .setParameter(1, sessionId.value()).getSingleResult()).longValue();
    }

    @Override
    @Transactional
    public int deleteFrom(SessionId sessionId, ChatMessageId from) {
        return entityManager.createNativeQuery("DELETE FROM chat_messages WHERE session_id = ?1"
                        + " AND seq >= (SELECT seq FROM chat_messages WHERE id = ?2 AND session_id = ?1)")
                .setParameter(1, sessionId.value()).setParameter(2, from.value()).executeUpdate();
    }

    @Override
    @Transactional
    public int deleteAll(SessionId sessionId) {
        return entityManager.createNativeQuery("DELETE FROM chat_messages WHERE session_id = ?1")
                .setParameter(1, sessionId.value()).executeUpdate();
    }

    private List<ChatMessage> select(String where, SessionId sessionId, ChatMessageId id, int limit) {
        var query = entityManager.createNativeQuery("SELECT " + SELECTED + " FROM chat_messages " + where)
                .setParameter(1, sessionId.value()).setMaxResults(limit);
        if (id != null) {
            query.setParameter(2, id.value());
        }
        List<?> rows = query.getResultList();
        List<ChatMessage> messages = new ArrayList<>(rows.size());
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            messages.add(ChatRows.toMessage(columns, steps.read((String) columns[13])));
        }
        return messages;
    }
}
