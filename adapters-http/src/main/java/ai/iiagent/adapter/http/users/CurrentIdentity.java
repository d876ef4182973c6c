package ai.iiagent.adapter.http.users;

import ai.iiagent.domain.shared.AuthenticationRequiredException;
import ai.iiagent.domain.shared.ErrorCode;
import ai.iiagent.domain.users.Identity;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;

/**
 * The authenticated caller of this request, in domain terms, for every feature's resources to pass
 * to use cases. The auth adapter stores it on the security identity under {@link #ATTRIBUTE}.
 */
@RequestScoped
public class CurrentIdentity {

    public static final String ATTRIBUTE = "ii-agent.identity";

    private final SecurityIdentity security;

    public CurrentIdentity(SecurityIdentity security) {
        this.security = security;
    }

    public Identity get() {
        Identity identity = security.getAttribute(ATTRIBUTE);
        if (identity == null) {
            throw new AuthenticationRequiredException(ErrorCode.of("authentication_required"),
                    "this endpoint needs a bearer token or API key");
        }
        return identity;
    }
}
