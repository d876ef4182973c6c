package ai.iiagent.adapter.http.auth;

import ai.iiagent.adapter.http.auth.AuthResponses.UserPublicResponse;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.domain.users.UserNotFoundException;
import ai.iiagent.port.in.users.GetUserQuery;
import ai.iiagent.port.in.users.GetUserUseCase;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Operator views of accounts; the {@code admin} role gate every admin endpoint uses. */
@Path("/v1/admin/users")
@RolesAllowed("admin")
@Produces(MediaType.APPLICATION_JSON)
public class AdminUsersResource {

    private final GetUserUseCase getUser;
    private final AuthHttpMapper mapper;

    public AdminUsersResource(GetUserUseCase getUser, AuthHttpMapper mapper) {
        this.getUser = getUser;
        this.mapper = mapper;
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Any active user's profile (admin only)")
    public UserPublicResponse get(@PathParam("id") String id) {
        UserId userId = parse(id);
        return mapper.toResponse(getUser.getUser(new GetUserQuery(userId)));
    }

    private static UserId parse(String id) {
        try {
            return UserId.of(UUID.fromString(id));
        } catch (IllegalArgumentException malformed) {
            throw new UserNotFoundException(UserId.of(new UUID(0, 0)));
        }
    }
}
