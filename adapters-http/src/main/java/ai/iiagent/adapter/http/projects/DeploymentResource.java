package ai.iiagent.adapter.http.projects;

import ai.iiagent.adapter.http.projects.DeploymentWire.DeploymentResponse;
import ai.iiagent.adapter.http.users.CurrentIdentity;
import ai.iiagent.domain.projects.ProjectErrors;
import ai.iiagent.domain.projects.ProjectId;
import ai.iiagent.domain.shared.NotFoundException;
import ai.iiagent.port.in.projects.DeployProjectUseCase;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * A project's deployment (docs/projects.md "Deploy"): the latest one with its phases and timings,
 * and taking the live site down. Deploying is the socket's {@code publish} / {@code publish_cloud_run}.
 * Another user's project is {@code 404 project_not_found}.
 */
@Path("/v1/project/{project_id}/deployment")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class DeploymentResource {

    private final CurrentIdentity caller;
    private final DeployProjectUseCase deployments;

    public DeploymentResource(CurrentIdentity caller, DeployProjectUseCase deployments) {
        this.caller = caller;
        this.deployments = deployments;
    }

    @GET
    @Operation(summary = "The project's latest deployment: status, URL, phases with timings, the failing phase")
    public DeploymentResponse latest(@PathParam("project_id") String projectId) {
        return DeploymentWire.of(deployments.latest(caller.get().userId(), project(projectId)));
    }

    @DELETE
    @Operation(summary = "Take the project's live site down (its server stopped, its files dropped)")
    public DeploymentResponse undeploy(@PathParam("project_id") String projectId) {
        return DeploymentWire.of(deployments.undeploy(caller.get().userId(), project(projectId)));
    }

    static ProjectId project(String raw) {
        try {
            return new ProjectId(UUID.fromString(raw));
        } catch (IllegalArgumentException | NullPointerException malformed) {
            throw new NotFoundException(ProjectErrors.PROJECT_NOT_FOUND, "no such project");
        }
    }
}
