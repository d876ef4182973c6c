package ai.iiagent.adapter.http.auth.oidc;

import ai.iiagent.adapter.http.auth.AuthHttpMapper;
import ai.iiagent.adapter.http.auth.AuthResponses.TokenResponse;
import ai.iiagent.adapter.http.shared.ClientAddresses;
import ai.iiagent.domain.shared.ErrorCode;
import ai.iiagent.domain.shared.NotFoundException;
import ai.iiagent.port.in.auth.SignInWithOidcCommand;
import ai.iiagent.port.in.auth.SignInWithOidcUseCase;
import io.quarkus.oidc.AuthorizationCodeFlow;
import io.quarkus.oidc.OidcSession;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * "Sign in with {provider}": {@code /login} sends the browser through the provider (code flow with
 * PKCE); {@code /callback} receives it, lets the core find or create the account and answers with
 * our own token pair. The provider's session cookie is dropped: our tokens are the session.
 */
@Path("/auth/oauth/{provider}")
public class OidcLoginResource {

    private final OidcProviders providers;
    private final SignInWithOidcUseCase signIn;
    private final SecurityIdentity identity;
    private final OidcSession session;
    private final AuthHttpMapper mapper;
    private final ClientAddresses clientAddresses;

    public OidcLoginResource(OidcProviders providers, SignInWithOidcUseCase signIn, SecurityIdentity identity,
                             OidcSession session, AuthHttpMapper mapper, ClientAddresses clientAddresses) {
        this.providers = providers;
        this.signIn = signIn;
        this.identity = identity;
        this.session = session;
        this.mapper = mapper;
        this.clientAddresses = clientAddresses;
    }

    static String callbackPath(String provider) {
        return "/auth/oauth/" + provider + "/callback";
    }

    @GET
    @Path("/login")
    @Operation(summary = "Start signing in with a configured OpenID Connect provider (redirects)")
    public Response login(@PathParam("provider") String provider) {
        if (providers.find(provider).isEmpty()) {
            throw new NotFoundException(ErrorCode.of("unknown_provider"), "no sign-in provider named " + provider);
        }
        // The callback requires the code flow, so an anonymous visit there starts it at the provider.
        return Response.seeOther(URI.create(callbackPath(provider))).build();
    }

    @GET
    @Path("/callback")
    @Authenticated
    @AuthorizationCodeFlow
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Provider redirect target: returns our access and refresh tokens")
    public TokenResponse callback(@PathParam("provider") String provider, @Context HttpServerRequest request) {
        JsonWebToken idToken = (JsonWebToken) identity.getPrincipal();
        TokenResponse tokens = mapper.toResponse(signIn.signIn(new SignInWithOidcCommand(provider,
                idToken.getSubject(), idToken.getClaim("email"), isTrue(idToken.getClaim("email_verified")),
                idToken.getClaim("given_name"), idToken.getClaim("family_name"), clientAddresses.of(request))));
        session.logout().await().indefinitely();
        return tokens;
    }

    private static boolean isTrue(Object claim) {
        return claim instanceof Boolean verified ? verified : "true".equals(String.valueOf(claim));
    }
}
