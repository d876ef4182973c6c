package ai.iiagent.adapter.http.auth.oidc;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Comparator;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Lets the sign-in page show one "Sign in with ..." button per configured OpenID provider (names only, no secrets). */
@Path("/auth/providers")
@PermitAll
public class SignInProvidersResource {

    /** One configured provider and where its sign-in starts. */
    public record SignInProvider(String name, String loginUrl) {
    }

    /** The configured providers, by name; empty when OIDC sign-in is off. */
    public record SignInProvidersResponse(List<SignInProvider> providers) {
    }

    private final OidcProviders providers;

    public SignInProvidersResource(OidcProviders providers) {
        this.providers = providers;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The configured OpenID Connect sign-in providers")
    public SignInProvidersResponse list() {
        return new SignInProvidersResponse(providers.byName().keySet().stream().sorted(Comparator.naturalOrder())
                .map(name -> new SignInProvider(name, "/auth/oauth/" + name + "/login")).toList());
    }
}
