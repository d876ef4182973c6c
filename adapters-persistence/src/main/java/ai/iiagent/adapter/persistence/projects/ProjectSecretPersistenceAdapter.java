package ai.iiagent.adapter.persistence.projects;

import ai.iiagent.domain.projects.ProjectId;
import ai.iiagent.domain.shared.EncryptedSecret;
import ai.iiagent.port.out.projects.ProjectSecretRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Project secrets in table {@code project_secrets} (V26_3), sealed. */
@ApplicationScoped
public class ProjectSecretPersistenceAdapter implements ProjectSecretRepository {

    private final EntityManager entityManager;

    public ProjectSecretPersistenceAdapter(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    @Transactional
    public Map<String, EncryptedSecret> of(ProjectId projectId) {
        List<?> rows = entityManager.createNativeQuery("SELECT name, sealed FROM project_secrets WHERE project_id = ?1")
                .setParameter(1, projectId.value()).getResultList();
        Map<String, EncryptedSecret> secrets = new TreeMap<>();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            secrets.put((String) columns[0], EncryptedSecret.parse((String) columns[1]));
        }
        return secrets;
    }

    @Override
    @Transactional
    public void replace(ProjectId projectId, Map<String, EncryptedSecret> secrets) {
        // Lock the project row so two concurrent replacements apply one after the other.
        entityManager.createNativeQuery("SELECT id FROM projects WHERE id = ?1 FOR UPDATE")
                .setParameter(1, projectId.value()).getResultList();
        entityManager.createNativeQuery("DELETE FROM project_secrets WHERE project_id = ?1")
                .setParameter(1, projectId.value()).executeUpdate();
        secrets.forEach((name, sealed) -> entityManager.createNativeQuery(
                        "INSERT INTO project_secrets (project_id, name, sealed) VALUES (?1, ?2, ?3)")
                .setParameter(1, projectId.value()).setParameter(2, name).setParameter(3, sealed.toText())
                .executeUpdate());
    }
}
