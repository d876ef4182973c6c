package ai.iiagent.adapter.http.projects;

import ai.iiagent.adapter.http.projects.DeploymentWire.ClaimResponse;
import ai.iiagent.adapter.http.users.CurrentIdentity;
import ai.iiagent.domain.projects.DeploymentErrors;
import ai.iiagent.domain.projects.ProjectErrors;
import ai.iiagent.domain.projects.SubdomainClaim;
import ai.iiagent.domain.shared.ValidationException;
import ai.iiagent.port.in.projects.BaseDomainInfo;
import ai.iiagent.port.in.projects.ManageSubdomainsUseCase;
import ai.iiagent.port.in.projects.SubdomainAvailability;
import ai.iiagent.port.in.projects.SubdomainPage;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Subdomains (docs/projects.md "Subdomains"): check, claim, look up and release the name a project is
 * served at; the reserved names; where sites answer; every claim for administrators. Another user's
 * claim is {@code 404 subdomain_not_found}, another user's project {@code 404 project_not_found}.
 */
@Path("/v1/project/subdomains")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class SubdomainResource {

    public record CheckRequest(String subdomain) {
    }

    public record CheckResponse(String subdomain, boolean available, String reason, String message, String url) {
    }

    public record ClaimRequest(String projectId, String subdomain) {
    }

    public record ReservedResponse(List<String> reserved) {
    }

    public record MessageResponse(String message) {
    }

    public record ClaimListResponse(List<ClaimResponse> subdomains, long total, int page, int perPage) {
    }

    private final CurrentIdentity caller;
    private final ManageSubdomainsUseCase subdomains;

    public SubdomainResource(CurrentIdentity caller, ManageSubdomainsUseCase subdomains) {
        this.caller = caller;
        this.subdomains = subdomains;
    }

    @POST
    @Path("/check-availability")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Whether a subdomain can be claimed (and why not)")
    public CheckResponse check(CheckRequest body) {
        SubdomainAvailability answer = subdomains.check(body == null ? null : body.subdomain());
        return new CheckResponse(answer.name(), answer.available(),
                answer.reason() == null ? null : answer.reason().value(), answer.message(),
                answer.available() ? url(answer.name()) : null);
    }

    @POST
    @Path("/claim")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Claim a subdomain for one of the caller's projects ({project_id, subdomain})")
    public ClaimResponse claim(ClaimRequest body) {
        if (body == null || body.subdomain() == null) {
            throw new ValidationException(DeploymentErrors.INVALID_SUBDOMAIN, "the body is {project_id, subdomain}");
        }
        SubdomainClaim claim = subdomains.claim(caller.get().userId(), DeploymentResource.project(body.projectId()),
                body.subdomain());
        return DeploymentWire.of(claim, url(claim.name()));
    }

    @GET
    @Path("/reserved")
    @Operation(summary = "The reserved subdomains (look-alikes of them are refused too)")
    public ReservedResponse reserved() {
        return new ReservedResponse(subdomains.reserved());
    }

    @GET
    @Path("/base-domain/info")
    @Operation(summary = "Where claimed subdomains answer: the base domain or the /sites/ path, and the registry")
    public BaseDomainInfo baseDomain() {
        return subdomains.baseDomain();
    }

    @GET
    @Path("/{subdomain}")
    @Operation(summary = "One of the caller's subdomains")
    public ClaimResponse get(@PathParam("subdomain") String subdomain) {
        SubdomainClaim claim = subdomains.get(caller.get().userId(), subdomain);
        return DeploymentWire.of(claim, url(claim.name()));
    }

    @DELETE
    @Path("/{subdomain}")
    @Operation(summary = "Release one of the caller's subdomains (a live site on it is taken down)")
    public MessageResponse release(@PathParam("subdomain") String subdomain) {
        subdomains.release(caller.get().userId(), subdomain);
        return new MessageResponse("released");
    }

    @GET
    @RolesAllowed("admin")
    @Operation(summary = "Every claimed subdomain (administrators; page from 1, per_page 1..100)")
    public ClaimListResponse list(@QueryParam("page") String page, @QueryParam("per_page") String perPage) {
        SubdomainPage found = subdomains.list(number(page, 1), number(perPage, 20));
        return new ClaimListResponse(found.claims().stream().map(claim -> DeploymentWire.of(claim, url(claim.name())))
                .toList(), found.total(), found.page(), found.perPage());
    }

    private String url(String name) {
        return subdomains.baseDomain().urlTemplate().replace("{subdomain}", name);
    }

    private static int number(String raw, int otherwise) {
        if (raw == null || raw.isBlank()) {
            return otherwise;
        }
        try {
            return Integer.parseInt(raw.strip());
        } catch (NumberFormatException e) {
            throw new ValidationException(ProjectErrors.INVALID_PAGE, "page and per_page are integers");
        }
    }
}
