package ai.iiagent.adapter.persistence.agents;

import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.tasks.RunId;
import ai.iiagent.port.out.agents.AgentMemoryRepository;
import ai.iiagent.domain.agents.Message;
import ai.iiagent.domain.agents.Role;
import ai.iiagent.domain.agents.ToolCall;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * {@link AgentMemoryRepository} on PostgreSQL: one jsonb row per message, ordered by insertion;
 * summaries flagged. A message's provider data (signed thinking) is kept under {@code provider_data}.
 */
@ApplicationScoped
public class AgentMemoryPersistenceAdapter implements AgentMemoryRepository {

    private final EntityManager entityManager;
    private final ObjectMapper json;

    public AgentMemoryPersistenceAdapter(EntityManager entityManager, ObjectMapper json) {
        this.entityManager = entityManager;
        this.json = json;
    }

    @Override
    @Transactional
    public void append(SessionId sessionId, RunId runId, List<Message> messages) {
        messages.forEach(message -> insert(sessionId, runId, message, false));
    }

    @Override
    @Transactional
    public void summarize(SessionId sessionId, RunId runId, Message summary) {
        insert(sessionId, runId, summary, true);
    }

    @Override
    @Transactional
    public List<Message> history(SessionId sessionId) {
        return read("""
                SELECT CAST(message AS text) FROM agent_run_messages WHERE session_id = ?1 AND id >= COALESCE(
                  (SELECT max(id) FROM agent_run_messages WHERE session_id = ?1 AND summary), 0) ORDER BY id""",
                sessionId.value());
    }

    private void insert(SessionId sessionId, RunId runId, Message message, boolean summary) {
        entityManager.createNativeQuery("INSERT INTO agent_run_messages (session_id, run_id, role, message, summary)"
                        + " VALUES (?1, ?2, ?3, CAST(?4 AS jsonb), ?5)")
                .setParameter(1, sessionId.value()).setParameter(2, runId.value()).setParameter(3, message.role().code())
                .setParameter(4, write(message)).setParameter(5, summary).executeUpdate();
    }

    @Override
    @Transactional
    public List<Message> ofRun(RunId runId) {
        return read("SELECT CAST(message AS text) FROM agent_run_messages WHERE run_id = ?1 ORDER BY id", runId.value());
    }

    private List<Message> read(String sql, UUID key) {
        List<?> rows = entityManager.createNativeQuery(sql).setParameter(1, key).getResultList();
        List<Message> messages = new ArrayList<>(rows.size());
        for (Object row : rows) {
            messages.add(parse(String.valueOf(row)));
        }
        return messages;
    }

    private String write(Message message) {
        ObjectNode node = json.createObjectNode();
        node.put("role", message.role().code());
        node.put("text", message.text());
        node.put("reasoning", message.reasoning());
        ArrayNode calls = node.putArray("tool_calls");
        for (ToolCall call : message.toolCalls()) {
            ObjectNode written = calls.addObject();
            written.put("id", call.id());
            written.put("name", call.name());
            written.set("arguments", json.valueToTree(call.arguments()));
        }
        node.put("tool_call_id", message.toolCallId());
        node.put("tool_name", message.toolName());
        node.put("tool_error", message.toolError());
        if (!message.providerData().isEmpty()) { // e.g. signed thinking, replayed when a run resumes after a restart
            node.set("provider_data", json.valueToTree(message.providerData()));
        }
        try {
            return json.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("message is not JSON-compatible", e);
        }
    }

    @SuppressWarnings("unchecked")
    private Message parse(String text) {
        try {
            JsonNode node = json.readTree(text);
            List<ToolCall> calls = new ArrayList<>();
            for (JsonNode call : node.path("tool_calls")) {
                calls.add(new ToolCall(call.path("id").asText(), call.path("name").asText(),
                        json.convertValue(call.path("arguments"), Map.class)));
            }
            Map<String, String> providerData = new LinkedHashMap<>();
            node.path("provider_data").properties().forEach(entry -> providerData.put(entry.getKey(),
                    entry.getValue().asText()));
            return new Message(Role.fromCode(node.path("role").asText()), node.path("text").asText(""),
                    textOrNull(node, "reasoning"), calls, textOrNull(node, "tool_call_id"), textOrNull(node, "tool_name"), node.path("tool_error").asBoolean(),
                    providerData);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored agent message is not valid JSON", e);
        }
    }

    private static String textOrNull(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
