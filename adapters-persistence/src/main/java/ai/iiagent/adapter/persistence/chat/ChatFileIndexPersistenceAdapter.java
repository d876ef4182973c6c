package ai.iiagent.adapter.persistence.chat;

import ai.iiagent.domain.chat.ChatFile;
import ai.iiagent.domain.chat.ChatFileHit;
import ai.iiagent.domain.chat.ChatMessageId;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.port.out.chat.ChatFileIndex;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * {@link ChatFileIndex} on PostgreSQL: {@code chat_files}, and {@code chat_file_chunks} whose
 * {@code tsv} column (English stemming, GIN-indexed) answers {@code websearch_to_tsquery} queries.
 */
@ApplicationScoped
public class ChatFileIndexPersistenceAdapter implements ChatFileIndex {

    private final EntityManager entityManager;

    public ChatFileIndexPersistenceAdapter(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    @Transactional
    public void attach(SessionId sessionId, ChatMessageId messageId, List<ChatFile> files) {
        for (int i = 0; i < files.size(); i++) {
            ChatFile file = files.get(i);
            entityManager.createNativeQuery("INSERT INTO chat_files (message_id, asset_id, session_id, position, file_name,"
                            + " content_type, size_bytes) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT DO NOTHING")
                    .setParameter(1, messageId.value()).setParameter(2, UUID.fromString(file.id()))
                    .setParameter(3, sessionId.value()).setParameter(4, i).setParameter(5, file.name())
                    .setParameter(6, file.contentType()).setParameter(7, file.size()).executeUpdate();
        }
    }

    @Override
    @Transactional
    public void index(SessionId sessionId, ChatMessageId messageId, ChatFile file, List<String> chunks) {
        UUID asset = UUID.fromString(file.id());
        entityManager.createNativeQuery("DELETE FROM chat_file_chunks WHERE message_id = ?1 AND asset_id = ?2")
                .setParameter(1, messageId.value()).setParameter(2, asset).executeUpdate();
        for (int i = 0; i < chunks.size(); i++) {
            entityManager.createNativeQuery("INSERT INTO chat_file_chunks (message_id, asset_id, session_id, chunk_no,"
                            + " content) VALUES (?1, ?2, ?3, ?4, ?5)")
                    .setParameter(1, messageId.value()).setParameter(2, asset).setParameter(3, sessionId.value())
                    .setParameter(4, i).setParameter(5, chunks.get(i).replace('\0', ' ')).executeUpdate();
        }
    }

    @Override
    @Transactional
    public Map<ChatMessageId, List<ChatFile>> files(SessionId sessionId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("SELECT message_id, asset_id, file_name, content_type,"
                        + " size_bytes FROM chat_files WHERE session_id = ?1 ORDER BY message_id, position")
                .setParameter(1, sessionId.value()).getResultList();
        Map<ChatMessageId, List<ChatFile>> files = new LinkedHashMap<>();
        for (Object[] row : rows) {
            files.computeIfAbsent(new ChatMessageId((UUID) row[0]), id -> new ArrayList<>())
                    .add(new ChatFile(row[1].toString(), (String) row[2], (String) row[3], ((Number) row[4]).longValue()));
        }
        return files;
    }

    @Override
    @Transactional
    public List<ChatFileHit> search(SessionId sessionId, String query, List<String> fileNames, int limit) {
        String names = fileNames.isEmpty() ? "" : " AND f.file_name = ANY(CAST(?3 AS text[]))";
        var search = entityManager.createNativeQuery("SELECT f.file_name, c.chunk_no, c.content, ts_rank(c.tsv, q) AS rank"
                        + " FROM chat_file_chunks c JOIN chat_files f ON f.message_id = c.message_id AND f.asset_id = c.asset_id,"
                        + " websearch_to_tsquery('english', ?2) q"
                        + " WHERE c.session_id = ?1 AND c.tsv @@ q" + names
                        + " ORDER BY rank DESC, f.file_name, c.chunk_no LIMIT " + Math.max(1, limit))
                .setParameter(1, sessionId.value()).setParameter(2, query);
        if (!fileNames.isEmpty()) {
            search.setParameter(3, "{" + String.join(",", fileNames.stream().map(ChatFileIndexPersistenceAdapter::quoted)
                    .toList()) + "}");
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = search.getResultList();
        return rows.stream().map(row -> new ChatFileHit((String) row[0], ((Number) row[1]).intValue(), (String) row[2],
                ((Number) row[3]).doubleValue())).toList();
    }

    /** An element of a PostgreSQL array literal. */
    private static String quoted(String name) {
        return "\"" + name.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
