package ai.iiagent.adapter.persistence.chat;

import ai.iiagent.domain.chat.ChatMessageId;
import ai.iiagent.domain.chat.ChatSummary;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.port.out.chat.ChatSummaryRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** {@link ChatSummaryRepository} on PostgreSQL ({@code chat_summaries}). */
@ApplicationScoped
public class ChatSummaryPersistenceAdapter implements ChatSummaryRepository {

    private final EntityManager entityManager;

    public ChatSummaryPersistenceAdapter(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    @Transactional
    public Optional<ChatSummary> latest(SessionId sessionId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("SELECT end_message_id, summary FROM chat_summaries"
                        + " WHERE session_id = ?1 ORDER BY seq DESC LIMIT 1")
                .setParameter(1, sessionId.value()).getResultList();
        return rows.stream().findFirst().map(row -> new ChatSummary(sessionId, new ChatMessageId((UUID) row[0]),
                (String) row[1]));
    }

    @Override
    @Transactional
    public void save(ChatSummary summary) {
        entityManager.createNativeQuery("INSERT INTO chat_summaries (session_id, end_message_id, summary)"
                        + " VALUES (?1, ?2, ?3)")
                .setParameter(1, summary.sessionId().value()).setParameter(2, summary.endMessageId().value())
                .setParameter(3, summary.text()).executeUpdate();
    }
}
