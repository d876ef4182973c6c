package ai.iiagent.adapter.persistence.chat;

import ai.iiagent.domain.chat.ChatSettings;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.port.out.chat.ChatSettingsRepository;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link ChatSettingsRepository} on PostgreSQL ({@code chat_settings}, one row per session). */
@ApplicationScoped
public class ChatSettingsPersistenceAdapter implements ChatSettingsRepository {

    private static final TypeReference<Map<String, Boolean>> TOOLS = new TypeReference<>() {
    };

    private final EntityManager entityManager;
    private final ObjectMapper json;

    public ChatSettingsPersistenceAdapter(EntityManager entityManager, ObjectMapper json) {
        this.entityManager = entityManager;
        this.json = json;
    }

    @Override
    @Transactional
    public Optional<ChatSettings> find(SessionId sessionId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("SELECT model_id, temperature, reasoning_effort,"
                        + " CAST(tools AS text), system_prompt FROM chat_settings WHERE session_id = ?1")
                .setParameter(1, sessionId.value()).getResultList();
        return rows.stream().findFirst().map(row -> new ChatSettings((String) row[0],
                row[1] == null ? null : ((Number) row[1]).doubleValue(), (String) row[2], tools((String) row[3]),
                (String) row[4]));
    }

    @Override
    @Transactional
    public void save(SessionId sessionId, ChatSettings settings) {
        entityManager.createNativeQuery("INSERT INTO chat_settings (session_id, model_id, temperature, reasoning_effort,"
                        + " tools, system_prompt, updated_at) VALUES (?1, ?2, ?3, ?4, CAST(?5 AS jsonb), ?6, now())"
                        + " ON CONFLICT (session_id) DO UPDATE SET model_id = EXCLUDED.model_id,"
                        + " temperature = EXCLUDED.temperature, reasoning_effort = EXCLUDED.reasoning_effort,"
                        + " tools = EXCLUDED.tools, system_prompt = EXCLUDED.system_prompt, updated_at = now()")
                .setParameter(1, sessionId.value()).setParameter(2, settings.modelId())
                .setParameter(3, settings.temperature()).setParameter(4, settings.reasoningEffort())
                .setParameter(5, write(settings.tools())).setParameter(6, settings.systemPrompt()).executeUpdate();
    }

    private Map<String, Boolean> tools(String raw) {
        try {
            return raw == null ? Map.of() : json.readValue(raw, TOOLS);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String write(Map<String, Boolean> tools) {
        try {
            return json.writeValueAsString(tools);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
