package ai.iiagent.adapter.persistence.projects;

import ai.iiagent.domain.projects.DesignChange;
import ai.iiagent.domain.projects.DesignState;
import ai.iiagent.domain.projects.ProjectId;
import ai.iiagent.port.out.projects.DesignStateRepository;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hibernate.query.NativeQuery;

/** Design-mode states in table {@code project_design_states} (V26_20), the queued changes as a JSON array. */
@ApplicationScoped
public class DesignStatePersistenceAdapter implements DesignStateRepository {

    private final EntityManager entityManager;
    private final ObjectMapper json;

    public DesignStatePersistenceAdapter(EntityManager entityManager, ObjectMapper json) {
        this.entityManager = entityManager;
        this.json = json;
    }

    @Override
    @Transactional
    public Optional<DesignState> find(ProjectId projectId) {
        List<?> rows = entityManager.createNativeQuery("SELECT selector, element_html, CAST(pending_changes AS text),"
                + " updated_at FROM project_design_states WHERE project_id = ?1")
                .setParameter(1, projectId.value()).getResultList();
        return rows.stream().findFirst().map(row -> {
            Object[] c = (Object[]) row;
            return new DesignState(projectId, (String) c[0], (String) c[1], readChanges((String) c[2]), ProjectPersistenceAdapter.instant(c[3]));
        });
    }

    @Override
    @Transactional
    @SuppressWarnings("unchecked")
    public void save(DesignState state) {
        entityManager.createNativeQuery("""
                        INSERT INTO project_design_states (project_id, selector, element_html, pending_changes, updated_at)
                        VALUES (?1, ?2, ?3, CAST(?4 AS jsonb), ?5)
                        ON CONFLICT (project_id) DO UPDATE SET selector = EXCLUDED.selector,
                        element_html = EXCLUDED.element_html, pending_changes = EXCLUDED.pending_changes,
                        updated_at = EXCLUDED.updated_at""").unwrap(NativeQuery.class)
                .setParameter(1, state.projectId().value()).setParameter(2, state.selector(), String.class)
                .setParameter(3, state.elementHtml(), String.class).setParameter(4, writeChanges(state.pendingChanges()))
                .setParameter(5, state.updatedAt().atOffset(ZoneOffset.UTC), OffsetDateTime.class).executeUpdate();
    }

    private String writeChanges(List<DesignChange> changes) {
        ArrayNode array = json.createArrayNode();
        changes.forEach(change -> array.addObject().put("selector", change.selector())
                .put("instruction", change.instruction()));
        return array.toString();
    }

    private List<DesignChange> readChanges(String stored) {
        try {
            List<DesignChange> changes = new ArrayList<>();
            for (JsonNode node : json.readTree(stored)) {
                changes.add(new DesignChange(node.path("selector").asText(), node.path("instruction").asText()));
            }
            return changes;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable design changes", e);
        }
    }
}
