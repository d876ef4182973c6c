package ai.iiagent.port.out.projects;

import ai.iiagent.domain.projects.DeploymentId;
import java.net.URI;
import java.util.Optional;

/**
 * Which node of the app serves an embedded deployment (docs/operations.md "Scale-out"): the node
 * that deployed a site records its own base URL, so that any other node can pass the site's
 * requests to it. Shared by every node (table {@code site_nodes}).
 */
public interface SiteNodesPort {

    /** Records (or moves) the deployment to {@code node}. */
    void register(DeploymentId deployment, URI node);

    /** The node serving the deployment, empty when none was recorded (a single node). */
    Optional<URI> nodeOf(DeploymentId deployment);

    /** The deployment is no longer served anywhere. */
    void forget(DeploymentId deployment);
}
