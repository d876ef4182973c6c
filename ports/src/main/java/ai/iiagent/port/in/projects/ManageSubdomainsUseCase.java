package ai.iiagent.port.in.projects;

import ai.iiagent.domain.projects.ProjectId;
import ai.iiagent.domain.projects.SubdomainClaim;
import ai.iiagent.domain.users.UserId;
import java.util.List;

/**
 * The subdomains projects are served at ({@code /v1/project/subdomains}): names follow
 * {@code SubdomainNames}; a name is held by one project at a time and a project holds one name.
 * Another user's claim is {@code subdomain_not_found} to everyone but its owner.
 */
public interface ManageSubdomainsUseCase {

    /** Whether the name could be claimed now (never throws for a bad name: the answer says why). */
    SubdomainAvailability check(String name);

    /**
     * Claims the name for the caller's project; claiming the name the project already holds answers that claim.
     *
     * @throws ai.iiagent.domain.shared.ValidationException {@code invalid_subdomain}, {@code subdomain_reserved}
     * @throws ai.iiagent.domain.shared.ConflictException {@code subdomain_taken} when anyone else holds it (of two
     *         concurrent claims exactly one wins), {@code project_has_subdomain} when the project holds another
     * @throws ai.iiagent.domain.shared.NotFoundException {@code project_not_found} unless it is the caller's project
     */
    SubdomainClaim claim(UserId caller, ProjectId projectId, String name);

    /** @throws ai.iiagent.domain.shared.NotFoundException {@code subdomain_not_found} unless the caller holds it */
    SubdomainClaim get(UserId caller, String name);

    /**
     * Frees the caller's name; a live site on it is taken down first.
     *
     * @throws ai.iiagent.domain.shared.NotFoundException {@code subdomain_not_found} unless the caller holds it
     */
    void release(UserId caller, String name);

    /** The reserved names (look-alikes of them are refused too). */
    List<String> reserved();

    BaseDomainInfo baseDomain();

    /** Every claim (administrators only; the adapter checks the role). */
    SubdomainPage list(int page, int perPage);
}
