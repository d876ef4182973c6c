package ai.iiagent.service.projects;

import ai.iiagent.domain.projects.Deployment;
import ai.iiagent.domain.projects.DeploymentErrors;
import ai.iiagent.domain.projects.ProjectId;
import ai.iiagent.domain.projects.SiteAddresses;
import ai.iiagent.domain.projects.SubdomainClaim;
import ai.iiagent.domain.projects.SubdomainNames;
import ai.iiagent.domain.shared.DomainException;
import ai.iiagent.domain.shared.NotFoundException;
import ai.iiagent.domain.shared.ValidationException;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.port.in.projects.BaseDomainInfo;
import ai.iiagent.port.in.projects.ManageSubdomainsUseCase;
import ai.iiagent.port.in.projects.SubdomainAvailability;
import ai.iiagent.port.in.projects.SubdomainPage;
import ai.iiagent.port.out.projects.DeploymentRepository;
import ai.iiagent.port.out.projects.SubdomainRegistryPort;
import java.util.List;
import java.util.function.Consumer;

/** Subdomain claims (docs/projects.md "Subdomains"): checks, claims, look-ups and releases. */
public final class ManageSubdomainsService implements ManageSubdomainsUseCase {

    private static final int MAX_PER_PAGE = 100;

    private final ProjectAccess access;
    private final SubdomainAssignments assignments;
    private final SubdomainRegistryPort registry;
    private final DeploymentRepository deployments;
    private final Consumer<Deployment> takeDown;
    private final SiteAddresses addresses;
    private final String registryName;

    /**
     * @param takeDown     stops a live deployment (the deploy service's), before its name is released
     * @param registryName the registry's name as {@code base-domain/info} shows it
     */
    public ManageSubdomainsService(ProjectAccess access, SubdomainAssignments assignments, SubdomainRegistryPort registry,
                                   DeploymentRepository deployments, Consumer<Deployment> takeDown,
                                   SiteAddresses addresses, String registryName) {
        this.access = access;
        this.assignments = assignments;
        this.registry = registry;
        this.deployments = deployments;
        this.takeDown = takeDown;
        this.addresses = addresses;
        this.registryName = registryName;
    }

    @Override
    public SubdomainAvailability check(String name) {
        String label = SubdomainNames.normalize(name);
        try {
            label = SubdomainNames.require(name);
        } catch (ValidationException refused) {
            return new SubdomainAvailability(label, false, refused.code(), refused.getMessage());
        }
        if (registry.find(label).isPresent()) {
            return new SubdomainAvailability(label, false, DeploymentErrors.SUBDOMAIN_TAKEN, "'" + label + "' is taken");
        }
        return new SubdomainAvailability(label, true, null, null);
    }

    @Override
    public SubdomainClaim claim(UserId caller, ProjectId projectId, String name) {
        return assignments.claim(access.byId(caller, projectId), name);
    }

    @Override
    public SubdomainClaim get(UserId caller, String name) {
        return owned(caller, name);
    }

    @Override
    public void release(UserId caller, String name) {
        SubdomainClaim claim = owned(caller, name);
        deployments.live(claim.projectId()).filter(live -> claim.name().equals(live.subdomain())).ifPresent(takeDown);
        registry.release(claim.name());
    }

    @Override
    public List<String> reserved() {
        return SubdomainNames.RESERVED;
    }

    @Override
    public BaseDomainInfo baseDomain() {
        return new BaseDomainInfo(addresses.baseDomain(), addresses.template(), SiteAddresses.PATH_PREFIX, registryName);
    }

    @Override
    public SubdomainPage list(int page, int perPage) {
        if (page < 1 || perPage < 1 || perPage > MAX_PER_PAGE) {
            throw new ValidationException(ai.iiagent.domain.projects.ProjectErrors.INVALID_PAGE,
                    "page is 1 or more, per_page 1.." + MAX_PER_PAGE);
        }
        return new SubdomainPage(registry.page((page - 1) * perPage, perPage), registry.count(), page, perPage);
    }

    private SubdomainClaim owned(UserId caller, String name) {
        String label = SubdomainNames.normalize(name);
        return registry.find(label).filter(claim -> claim.isOwnedBy(caller)).filter(claim -> {
            try {
                access.byId(caller, claim.projectId());
                return true;
            } catch (DomainException gone) {
                return false;
            }
        }).orElseThrow(() -> new NotFoundException(DeploymentErrors.SUBDOMAIN_NOT_FOUND, "no such subdomain"));
    }
}
