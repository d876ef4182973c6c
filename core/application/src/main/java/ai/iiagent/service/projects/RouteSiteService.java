package ai.iiagent.service.projects;

import ai.iiagent.domain.projects.Deployment;
import ai.iiagent.domain.projects.DeploymentId;
import ai.iiagent.domain.projects.DeployTarget;
import ai.iiagent.domain.projects.SiteAddresses;
import ai.iiagent.domain.projects.SiteOrigin;
import ai.iiagent.domain.projects.SubdomainNames;
import ai.iiagent.port.in.projects.RouteSiteUseCase;
import ai.iiagent.port.out.projects.DeploymentRepository;
import ai.iiagent.port.out.projects.SiteNodesPort;
import ai.iiagent.port.out.projects.SiteOriginPort;
import ai.iiagent.port.out.projects.SubdomainRegistryPort;
import java.net.URI;
import java.util.Optional;

/**
 * Subdomain → the project holding it → its live embedded deployment → where that is served from:
 * this node's copy, or else the node that deployed it (docs/operations.md "Scale-out").
 */
public final class RouteSiteService implements RouteSiteUseCase {

    private final SubdomainRegistryPort registry;
    private final DeploymentRepository deployments;
    private final SiteOriginPort origins;
    private final SiteAddresses addresses;
    private final SiteNodesPort nodes;
    private final Optional<URI> thisNode;

    public RouteSiteService(SubdomainRegistryPort registry, DeploymentRepository deployments, SiteOriginPort origins,
                            SiteAddresses addresses) {
        this(registry, deployments, origins, addresses, SiteNodes.NONE, Optional.empty());
    }

    /**
     * @param nodes    where each deployment is served
     * @param thisNode this node's base URL ({@code SITES_NODE_URL}), empty on a single node
     */
    public RouteSiteService(SubdomainRegistryPort registry, DeploymentRepository deployments, SiteOriginPort origins,
                            SiteAddresses addresses, SiteNodesPort nodes, Optional<URI> thisNode) {
        this.registry = registry;
        this.deployments = deployments;
        this.origins = origins;
        this.addresses = addresses;
        this.nodes = nodes;
        this.thisNode = thisNode.map(SiteNodes::checkedNodeUrl);
    }

    @Override
    public Optional<SiteOrigin> route(String subdomain) {
        String label = SubdomainNames.normalize(subdomain);
        if (label.isEmpty() || label.length() > 63) {
            return Optional.empty();
        }
        return registry.find(label)
                .flatMap(claim -> deployments.live(claim.projectId()))
                .filter(live -> live.target() == DeployTarget.EMBEDDED && label.equals(live.subdomain()))
                .map(Deployment::id)
                .flatMap(this::originOf);
    }

    private Optional<SiteOrigin> originOf(DeploymentId deployment) {
        Optional<SiteOrigin> local = origins.origin(deployment);
        if (local.isPresent()) {
            return local;
        }
        return nodes.nodeOf(deployment).filter(node -> thisNode.map(self -> !SiteNodes.sameNode(self, node)).orElse(true))
                .map(SiteOrigin.Node::new);
    }

    @Override
    public Optional<String> baseDomain() {
        return addresses.optionalBaseDomain();
    }
}
