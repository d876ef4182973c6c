package ai.iiagent.adapter.http.users;

import ai.iiagent.port.in.users.GetSetupStatusUseCase;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Lets the sign-in page offer "create the admin account" on a fresh installation. */
@Path("/v1/users/setup-status")
public class SetupStatusResource {

    private final GetSetupStatusUseCase setupStatus;
    private final UserHttpMapper mapper;

    public SetupStatusResource(GetSetupStatusUseCase setupStatus, UserHttpMapper mapper) {
        this.setupStatus = setupStatus;
        this.mapper = mapper;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Whether the installation still waits for its first (admin) account")
    public SetupStatusResponse get() {
        return mapper.toResponse(setupStatus.getSetupStatus());
    }
}
