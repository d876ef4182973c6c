package ai.iiagent.adapter.persistence.projects;

import ai.iiagent.domain.projects.DeployTarget;
import ai.iiagent.domain.projects.Deployment;
import ai.iiagent.domain.projects.DeploymentId;
import ai.iiagent.domain.projects.DeploymentPhase;
import ai.iiagent.domain.projects.DeploymentStatus;
import ai.iiagent.domain.projects.PhaseTiming;
import ai.iiagent.domain.projects.ProjectId;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.port.out.projects.DeploymentRepository;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.query.NativeQuery;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Deployments in table {@code project_deployments} (V26_8, error_code V26_15): one row per publish, phases as JSON. */
@ApplicationScoped
public class DeploymentPersistenceAdapter implements DeploymentRepository {

    private static final String COLUMNS = "id, project_id, deployed_by_user_id, target, deployment_status, subdomain,"
            + " deployment_url, CAST(phases AS text), failed_phase, error_message, started_at, finished_at, stopped_at, error_code";

    private final EntityManager entityManager;
    private final ObjectMapper json;

    public DeploymentPersistenceAdapter(EntityManager entityManager, ObjectMapper json) {
        this.entityManager = entityManager;
        this.json = json;
    }

    @Override
    @Transactional
    @SuppressWarnings("unchecked")
    public void insert(Deployment d) {
        entityManager.createNativeQuery("""
                        INSERT INTO project_deployments (id, project_id, deployed_by_user_id, target, deployment_status,
                        subdomain, started_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)""").unwrap(NativeQuery.class)
                .setParameter(1, d.id().value()).setParameter(2, d.projectId().value())
                .setParameter(3, d.deployedBy().value()).setParameter(4, d.target().code())
                .setParameter(5, d.status().code()).setParameter(6, d.subdomain(), String.class)
                .setParameter(7, offset(d.createdAt())).executeUpdate();
        save(d);
    }

    @Override
    @Transactional
    @SuppressWarnings("unchecked")
    public void save(Deployment d) {
        entityManager.createNativeQuery("""
                        UPDATE project_deployments SET deployment_status = ?2, deployment_url = ?3,
                        phases = CAST(?4 AS jsonb), failed_phase = ?5, error_message = ?6, finished_at = ?7,
                        deployed_at = ?8, deploy_duration_ms = ?9, stopped_at = ?10, error_code = ?11 WHERE id = ?1""")
                .unwrap(NativeQuery.class)
                .setParameter(1, d.id().value()).setParameter(2, d.status().code())
                .setParameter(3, d.url(), String.class)
                .setParameter(4, phases(d.phases()))
                .setParameter(5, d.failedPhase() == null ? null : d.failedPhase().code(), String.class)
                .setParameter(6, d.error(), String.class).setParameter(7, offset(d.finishedAt()), OffsetDateTime.class)
                .setParameter(8, d.failedPhase() == null ? offset(d.finishedAt()) : null, OffsetDateTime.class)
                .setParameter(9, d.finishedAt() == null ? null : d.durationMillis(), Long.class)
                .setParameter(10, offset(d.stoppedAt()), OffsetDateTime.class)
                .setParameter(11, d.errorCode(), String.class).executeUpdate();
    }

    @Override
    @Transactional
    public Optional<Deployment> findById(DeploymentId id) {
        return first("WHERE id = ?1", id.value());
    }

    @Override
    @Transactional
    public Optional<Deployment> latest(ProjectId projectId) {
        return first("WHERE project_id = ?1 ORDER BY started_at DESC, id LIMIT 1", projectId.value());
    }

    @Override
    @Transactional
    public Optional<Deployment> live(ProjectId projectId) {
        return first("WHERE project_id = ?1 AND deployment_status = 'deployed' LIMIT 1", projectId.value());
    }

    private Optional<Deployment> first(String where, UUID value) {
        List<?> rows = entityManager.createNativeQuery("SELECT " + COLUMNS + " FROM project_deployments " + where)
                .setParameter(1, value).getResultList();
        return rows.stream().findFirst().map(row -> toDeployment((Object[]) row));
    }

    private Deployment toDeployment(Object[] c) {
        return new Deployment(new DeploymentId((UUID) c[0]), new ProjectId((UUID) c[1]),
                new UserId(c[2] == null ? new UUID(0, 0) : (UUID) c[2]), DeployTarget.fromCode((String) c[3]),
                DeploymentStatus.fromCode((String) c[4]), (String) c[5], (String) c[6], readPhases((String) c[7]),
                c[8] == null ? null : DeploymentPhase.fromCode((String) c[8]), (String) c[9], (String) c[13], instant(c[10]),
                instant(c[11]), instant(c[12]));
    }

    private String phases(List<PhaseTiming> phases) {
        ArrayNode array = json.createArrayNode();
        for (PhaseTiming phase : phases) {
            ObjectNode node = array.addObject();
            node.put("phase", phase.phase().code());
            node.put("started_at", phase.startedAt().toString());
            node.put("finished_at", phase.finishedAt() == null ? null : phase.finishedAt().toString());
            node.put("error", phase.error());
        }
        return array.toString();
    }

    private List<PhaseTiming> readPhases(String stored) {
        try {
            List<PhaseTiming> phases = new ArrayList<>();
            for (JsonNode node : json.readTree(stored)) {
                phases.add(new PhaseTiming(DeploymentPhase.fromCode(node.path("phase").asText()),
                        Instant.parse(node.path("started_at").asText()),
                        node.path("finished_at").isTextual() ? Instant.parse(node.path("finished_at").asText()) : null,
                        node.path("error").isTextual() ? node.path("error").asText() : null));
            }
            return phases;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable deployment phases", e);
        }
    }

    private static OffsetDateTime offset(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(Object value) {
        return switch (value) {
            case null -> null;
            case Instant instant -> instant;
            case OffsetDateTime offset -> offset.toInstant();
            case Timestamp timestamp -> timestamp.toInstant();
            default -> throw new IllegalStateException("unexpected timestamp type " + value.getClass());
        };
    }
}
