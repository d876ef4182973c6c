package ai.iiagent.adapter.persistence.projects;

import ai.iiagent.domain.projects.ProjectId;
import ai.iiagent.domain.projects.SubdomainClaim;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.port.out.projects.SubdomainRegistryPort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The embedded subdomain registry, table {@code project_subdomains} (V26_8): the name is the primary
 * key and the project unique, so a claim is one {@code INSERT … ON CONFLICT DO NOTHING} and of two
 * concurrent claims of a name exactly one inserts.
 */
@ApplicationScoped
public class SubdomainPersistenceAdapter implements SubdomainRegistryPort {

    private final EntityManager entityManager;

    public SubdomainPersistenceAdapter(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    @Transactional
    public boolean claim(SubdomainClaim claim) {
        return entityManager.createNativeQuery("""
                        INSERT INTO project_subdomains (name, project_id, user_id, claimed_at) VALUES (?1, ?2, ?3, ?4)
                        ON CONFLICT DO NOTHING""")
                .setParameter(1, claim.name()).setParameter(2, claim.projectId().value())
                .setParameter(3, claim.owner().value()).setParameter(4, claim.claimedAt().atOffset(ZoneOffset.UTC))
                .executeUpdate() == 1;
    }

    @Override
    @Transactional
    public Optional<SubdomainClaim> find(String name) {
        return first("WHERE name = ?1", name);
    }

    @Override
    @Transactional
    public Optional<SubdomainClaim> ofProject(ProjectId projectId) {
        return first("WHERE project_id = ?1", projectId.value());
    }

    @Override
    @Transactional
    public boolean release(String name) {
        return entityManager.createNativeQuery("DELETE FROM project_subdomains WHERE name = ?1").setParameter(1, name)
                .executeUpdate() == 1;
    }

    @Override
    @Transactional
    public List<SubdomainClaim> page(int offset, int limit) {
        return entityManager.createNativeQuery("SELECT name, project_id, user_id, claimed_at FROM project_subdomains"
                        + " ORDER BY name OFFSET ?1 LIMIT ?2").setParameter(1, offset).setParameter(2, limit)
                .getResultList().stream().map(row -> toClaim((Object[]) row)).toList();
    }

    @Override
    @Transactional
    public long count() {
        return ((Number) entityManager.createNativeQuery("SELECT count(*) FROM project_subdomains").getSingleResult())
                .longValue();
    }

    private Optional<SubdomainClaim> first(String where, Object value) {
        List<?> rows = entityManager.createNativeQuery("SELECT name, project_id, user_id, claimed_at"
                + " FROM project_subdomains " + where).setParameter(1, value).getResultList();
        return rows.stream().findFirst().map(row -> toClaim((Object[]) row));
    }

    private static SubdomainClaim toClaim(Object[] c) {
        Object at = c[3];
        Instant claimedAt = switch (at) {
            case Instant instant -> instant;
            case OffsetDateTime offset -> offset.toInstant();
            case Timestamp timestamp -> timestamp.toInstant();
            default -> throw new IllegalStateException("unexpected timestamp type " + at.getClass());
        };
        return new SubdomainClaim((String) c[0], new ProjectId((UUID) c[1]), new UserId((UUID) c[2]), claimedAt);
    }
}
