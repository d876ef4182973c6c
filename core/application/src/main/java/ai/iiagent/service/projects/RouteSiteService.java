package ai.iiagent.service.projects;

import ai.iiagent.domain.projects.Deployment;
import ai.iiagent.domain.projects.DeployTarget;
import ai.iiagent.domain.projects.SiteAddresses;
import ai.iiagent.domain.projects.SiteOrigin;
import ai.iiagent.domain.projects.SubdomainNames;
import ai.iiagent.port.in.projects.RouteSiteUseCase;
import ai.iiagent.port.out.projects.DeploymentRepository;
import ai.iiagent.port.out.projects.SiteOriginPort;
import ai.iiagent.port.out.projects.SubdomainRegistryPort;
import java.util.Optional;

/** Subdomain → the project holding it → its live embedded deployment → where that is served from. */
public final class RouteSiteService implements RouteSiteUseCase {

    private final SubdomainRegistryPort registry;
    private final DeploymentRepository deployments;
    private final SiteOriginPort origins;
    private final SiteAddresses addresses;

    public RouteSiteService(SubdomainRegistryPort registry, DeploymentRepository deployments, SiteOriginPort origins,
                            SiteAddresses addresses) {
        this.registry = registry;
        this.deployments = deployments;
        this.origins = origins;
        this.addresses = addresses;
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
                .flatMap(origins::origin);
    }

    @Override
    public Optional<String> baseDomain() {
        return addresses.optionalBaseDomain();
    }
}
