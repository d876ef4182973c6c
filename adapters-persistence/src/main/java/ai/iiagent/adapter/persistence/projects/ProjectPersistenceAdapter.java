package ai.iiagent.adapter.persistence.projects;

import ai.iiagent.domain.projects.Project;
import ai.iiagent.domain.projects.ProjectDatabase;
import ai.iiagent.domain.projects.ProjectErrors;
import ai.iiagent.domain.projects.ProjectId;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.shared.ConflictException;
import ai.iiagent.domain.shared.EncryptedSecret;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.port.out.projects.ProjectRepository;
import ai.iiagent.port.out.sessions.SessionProjectsPort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Projects in table {@code projects} (V26_3); the database password stays sealed. */
@ApplicationScoped
public class ProjectPersistenceAdapter implements ProjectRepository, SessionProjectsPort {

    private static final String COLUMNS = "id, session_id, user_id, name, framework, db_source, db_host, db_port, db_name,"
            + " db_role, db_password_sealed, created_at";

    private final EntityManager entityManager;

    public ProjectPersistenceAdapter(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    @Transactional
    public void insert(Project project) {
        int inserted = entityManager.createNativeQuery("""
                        INSERT INTO projects (id, session_id, user_id, name, framework, created_at)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (session_id) DO NOTHING""")
                .setParameter(1, project.id().value()).setParameter(2, project.sessionId().value())
                .setParameter(3, project.owner().value()).setParameter(4, project.name())
                .setParameter(5, project.framework()).setParameter(6, project.createdAt().atOffset(java.time.ZoneOffset.UTC))
                .executeUpdate();
        if (inserted == 0) {
            throw new ConflictException(ProjectErrors.PROJECT_EXISTS, "this session already has a project");
        }
        if (project.database() != null) {
            saveDatabase(project);
        }
    }

    @Override
    @Transactional
    public void saveDatabase(Project project) {
        ProjectDatabase database = project.database();
        entityManager.createNativeQuery("""
                        UPDATE projects SET db_source = ?2, db_host = ?3, db_port = ?4, db_name = ?5, db_role = ?6,
                        db_password_sealed = ?7 WHERE id = ?1""")
                .setParameter(1, project.id().value()).setParameter(2, database.source()).setParameter(3, database.host())
                .setParameter(4, database.port()).setParameter(5, database.name()).setParameter(6, database.role())
                .setParameter(7, database.password().toText()).executeUpdate();
    }

    @Override
    @Transactional
    public Optional<Project> findById(ProjectId id) {
        return one("id", id.value());
    }

    @Override
    @Transactional
    public Optional<Project> findBySession(SessionId sessionId) {
        return one("session_id", sessionId.value());
    }

    @Override
    @Transactional
    public java.util.Map<SessionId, UUID> projectsOf(java.util.Collection<SessionId> sessions) {
        if (sessions.isEmpty()) {
            return java.util.Map.of();
        }
        List<?> rows = entityManager.createNativeQuery("SELECT session_id, id FROM projects WHERE session_id IN (?1)")
                .setParameter(1, sessions.stream().map(SessionId::value).toList()).getResultList();
        java.util.Map<SessionId, UUID> found = new java.util.HashMap<>();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            found.put(new SessionId((UUID) columns[0]), (UUID) columns[1]);
        }
        return found;
    }

    private Optional<Project> one(String column, UUID value) {
        List<?> rows = entityManager.createNativeQuery("SELECT " + COLUMNS + " FROM projects WHERE " + column + " = ?1")
                .setParameter(1, value).getResultList();
        return rows.stream().findFirst().map(row -> toProject((Object[]) row));
    }

    private static Project toProject(Object[] c) {
        ProjectDatabase database = c[10] == null ? null : new ProjectDatabase((String) c[5], (String) c[6],
                ((Number) c[7]).intValue(), (String) c[8], (String) c[9], EncryptedSecret.parse((String) c[10]));
        return new Project(new ProjectId((UUID) c[0]), new UserId((UUID) c[2]), new SessionId((UUID) c[1]),
                (String) c[3], (String) c[4], database, instant(c[11]));
    }

    /** A timestamp column as Hibernate hands it back (the type depends on the driver and dialect). */
    static Instant instant(Object value) {
        return switch (value) {
            case Instant instant -> instant;
            case OffsetDateTime offset -> offset.toInstant();
            case Timestamp timestamp -> timestamp.toInstant();
            default -> throw new IllegalStateException("unexpected timestamp type " + value.getClass());
        };
    }
}
