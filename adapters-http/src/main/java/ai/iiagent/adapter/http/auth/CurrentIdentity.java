package ai.iiagent.adapter.http.auth;

import ai.iiagent.domain.auth.AuthErrors;
import ai.iiagent.domain.auth.Identity;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;

/** The authenticated caller of this request, in domain terms, for resources to pass to use cases. */
@RequestScoped
public class CurrentIdentity {

    private final SecurityIdentity security;

    public CurrentIdentity(SecurityIdentity security) {
        this.security = security;
    }

    public Identity get() {
        Identity identity = security.getAttribute(BearerIdentityProvider.IDENTITY_ATTRIBUTE);
        if (identity == null) {
            throw AuthErrors.invalidToken("this endpoint needs a bearer token or API key");
        }
        return identity;
    }
}
