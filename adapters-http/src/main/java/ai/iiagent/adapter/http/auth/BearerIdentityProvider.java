package ai.iiagent.adapter.http.auth;

import ai.iiagent.adapter.http.users.CurrentIdentity;
import ai.iiagent.domain.users.Identity;
import ai.iiagent.domain.shared.DomainException;
import ai.iiagent.port.in.auth.AuthenticateQuery;
import ai.iiagent.port.in.auth.AuthenticateUseCase;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Asks the core who a bearer credential belongs to; the role becomes the security role ({@code user}/{@code admin}). */
@ApplicationScoped
public class BearerIdentityProvider implements IdentityProvider<BearerCredentialRequest> {

    private final AuthenticateUseCase authenticate;

    public BearerIdentityProvider(AuthenticateUseCase authenticate) {
        this.authenticate = authenticate;
    }

    @Override
    public Class<BearerCredentialRequest> getRequestType() {
        return BearerCredentialRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(BearerCredentialRequest request, AuthenticationRequestContext context) {
        // The lookup touches the database, so it must not run on the event loop.
        return context.runBlocking(() -> {
            try {
                Identity identity = authenticate.authenticate(new AuthenticateQuery(request.credential()));
                return QuarkusSecurityIdentity.builder()
                        .setPrincipal(new QuarkusPrincipal(identity.userId().toString()))
                        .addRole(identity.role().code())
                        .addAttribute(CurrentIdentity.ATTRIBUTE, identity)
                        .build();
            } catch (DomainException rejected) {
                throw new AuthenticationFailedException(rejected.getMessage(), rejected);
            }
        });
    }
}
