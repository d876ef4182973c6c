package ai.iiagent.adapter.persistence.projects;

import ai.iiagent.domain.projects.DeploymentId;
import ai.iiagent.port.out.projects.SiteNodesPort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/** The node serving each embedded deployment, table {@code site_nodes} (V26_24), shared by every node. */
@ApplicationScoped
public class SiteNodesPersistenceAdapter implements SiteNodesPort {

    private final EntityManager entityManager;

    public SiteNodesPersistenceAdapter(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    @Transactional
    public void register(DeploymentId deployment, URI node) {
        entityManager.createNativeQuery("""
                        INSERT INTO site_nodes (deployment_id, node_url) VALUES (?1, ?2)
                        ON CONFLICT (deployment_id) DO UPDATE SET node_url = EXCLUDED.node_url, registered_at = now()""")
                .setParameter(1, deployment.value()).setParameter(2, node.toString()).executeUpdate();
    }

    @Override
    @Transactional
    public Optional<URI> nodeOf(DeploymentId deployment) {
        List<?> rows = entityManager.createNativeQuery("SELECT node_url FROM site_nodes WHERE deployment_id = ?1")
                .setParameter(1, deployment.value()).getResultList();
        return rows.stream().findFirst().map(url -> URI.create((String) url));
    }

    @Override
    @Transactional
    public void forget(DeploymentId deployment) {
        entityManager.createNativeQuery("DELETE FROM site_nodes WHERE deployment_id = ?1")
                .setParameter(1, deployment.value()).executeUpdate();
    }
}
