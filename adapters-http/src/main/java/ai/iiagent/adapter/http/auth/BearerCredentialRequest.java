package ai.iiagent.adapter.http.auth;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/**
 * Our own request type for {@code Authorization: Bearer} credentials. Quarkus OIDC authenticates
 * ID tokens with the generic TokenAuthenticationRequest; a distinct type keeps
 * {@link BearerIdentityProvider} from ever being asked to judge a provider's ID token.
 */
public final class BearerCredentialRequest extends BaseAuthenticationRequest {

    private final String credential;

    public BearerCredentialRequest(String credential) {
        this.credential = credential;
    }

    public String credential() {
        return credential;
    }

    @Override
    public String toString() {
        return "BearerCredentialRequest[***]";
    }
}
