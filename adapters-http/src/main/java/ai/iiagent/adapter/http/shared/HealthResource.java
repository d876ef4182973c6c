package ai.iiagent.adapter.http.shared;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Plain liveness for load balancers and the original frontend; readiness lives at /q/health/ready. */
@Path("/health")
public class HealthResource {

    public record HealthResponse(String status) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Liveness: the process serves HTTP", description = "Dependency checks: /q/health/ready")
    public HealthResponse health() {
        return new HealthResponse("ok");
    }
}
