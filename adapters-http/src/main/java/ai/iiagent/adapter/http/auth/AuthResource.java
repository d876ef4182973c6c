package ai.iiagent.adapter.http.auth;

import static ai.iiagent.adapter.http.auth.AuthRequests.required;

import ai.iiagent.adapter.http.auth.AuthRequests.LoginRequest;
import ai.iiagent.adapter.http.auth.AuthRequests.RefreshRequest;
import ai.iiagent.adapter.http.auth.AuthRequests.RegisterRequest;
import ai.iiagent.adapter.http.auth.AuthResponses.TokenResponse;
import ai.iiagent.adapter.http.shared.ClientAddresses;
import ai.iiagent.port.in.auth.LogInLocallyCommand;
import ai.iiagent.port.in.auth.LogInLocallyUseCase;
import ai.iiagent.port.in.auth.LogOutCommand;
import ai.iiagent.port.in.auth.LogOutUseCase;
import ai.iiagent.port.in.auth.RefreshTokensCommand;
import ai.iiagent.port.in.auth.RefreshTokensUseCase;
import ai.iiagent.port.in.auth.RegisterLocalAccountCommand;
import ai.iiagent.port.in.auth.RegisterLocalAccountUseCase;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Local sign-up and sign-in, token refresh with rotation, sign-out. */
@Path("/auth")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AuthResource {

    private final RegisterLocalAccountUseCase register;
    private final LogInLocallyUseCase logIn;
    private final RefreshTokensUseCase refresh;
    private final LogOutUseCase logOut;
    private final AuthHttpMapper mapper;
    private final ClientAddresses clientAddresses;

    public AuthResource(RegisterLocalAccountUseCase register, LogInLocallyUseCase logIn, RefreshTokensUseCase refresh,
                        LogOutUseCase logOut, AuthHttpMapper mapper, ClientAddresses clientAddresses) {
        this.register = register;
        this.logIn = logIn;
        this.refresh = refresh;
        this.logOut = logOut;
        this.mapper = mapper;
        this.clientAddresses = clientAddresses;
    }

    @POST
    @Path("/local/register")
    @Operation(summary = "Create a local account and sign in (the first account becomes admin; "
            + "sign-ups are limited per client address and in total)")
    public Response register(RegisterRequest body, @Context HttpServerRequest request) {
        RegisterRequest form = required(body);
        TokenResponse tokens = mapper.toResponse(register.register(new RegisterLocalAccountCommand(form.email(),
                form.password(), form.firstName(), form.lastName(), clientAddresses.of(request))));
        return Response.status(Response.Status.CREATED).entity(tokens).build();
    }

    @POST
    @Path("/local/login")
    @Operation(summary = "Sign in with e-mail and password (failures are limited per e-mail and address, "
            + "and per address across e-mails)")
    public TokenResponse logIn(LoginRequest body, @Context HttpServerRequest request) {
        LoginRequest form = required(body);
        return mapper.toResponse(logIn.logIn(new LogInLocallyCommand(form.email(), form.password(),
                clientAddresses.of(request))));
    }

    @POST
    @Path("/refresh")
    @Operation(summary = "Exchange a refresh token for a new pair; a reused refresh token ends the sign-in")
    public TokenResponse refresh(RefreshRequest body) {
        return mapper.toResponse(refresh.refresh(new RefreshTokensCommand(required(body).refreshToken())));
    }

    @POST
    @Path("/logout")
    @Operation(summary = "End the sign-in the refresh token belongs to")
    public Response logOut(RefreshRequest body) {
        logOut.logOut(new LogOutCommand(required(body).refreshToken()));
        return Response.noContent().build();
    }
}
