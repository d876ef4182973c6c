package ai.iiagent.port.out.projects;

import ai.iiagent.domain.projects.DeploymentId;
import ai.iiagent.domain.projects.SiteOrigin;
import java.util.Optional;

/** The embedded deployer's sites as the app's site router reaches them. */
public interface SiteOriginPort {

    /** Where the deployment's site is served from, when it is up on this node. */
    Optional<SiteOrigin> origin(DeploymentId deployment);
}
