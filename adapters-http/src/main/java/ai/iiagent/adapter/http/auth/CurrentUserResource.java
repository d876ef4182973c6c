package ai.iiagent.adapter.http.auth;

import ai.iiagent.adapter.http.users.CurrentIdentity;
import ai.iiagent.adapter.http.auth.AuthResponses.MessageResponse;
import ai.iiagent.adapter.http.auth.AuthResponses.UserPublicResponse;
import ai.iiagent.domain.users.Language;
import ai.iiagent.port.in.users.ChangeLanguageCommand;
import ai.iiagent.port.in.users.ChangeLanguageUseCase;
import ai.iiagent.port.in.users.DeactivateAccountCommand;
import ai.iiagent.port.in.users.DeactivateAccountUseCase;
import ai.iiagent.port.in.users.GetUserQuery;
import ai.iiagent.port.in.users.GetUserUseCase;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The signed-in user's own account. */
@Path("/auth/me")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class CurrentUserResource {

    private final CurrentIdentity caller;
    private final GetUserUseCase getUser;
    private final ChangeLanguageUseCase changeLanguage;
    private final DeactivateAccountUseCase deactivate;
    private final AuthHttpMapper mapper;

    public CurrentUserResource(CurrentIdentity caller, GetUserUseCase getUser, ChangeLanguageUseCase changeLanguage,
                               DeactivateAccountUseCase deactivate, AuthHttpMapper mapper) {
        this.caller = caller;
        this.getUser = getUser;
        this.changeLanguage = changeLanguage;
        this.deactivate = deactivate;
        this.mapper = mapper;
    }

    @GET
    @Operation(summary = "The caller's profile")
    public UserPublicResponse me() {
        return mapper.toResponse(getUser.getUser(new GetUserQuery(caller.get().userId())));
    }

    @PATCH
    @Path("/language")
    @Operation(summary = "Set the interface language (en, vi, hi, ja)")
    public UserPublicResponse changeLanguage(@QueryParam("language") String language) {
        return mapper.toResponse(changeLanguage.changeLanguage(
                new ChangeLanguageCommand(caller.get().userId(), Language.fromCode(language))));
    }

    @DELETE
    @Operation(summary = "Deactivate the account; every token and API key stops working at once")
    public MessageResponse deactivate() {
        deactivate.deactivate(new DeactivateAccountCommand(caller.get().userId()));
        return new MessageResponse("account deactivated");
    }
}
