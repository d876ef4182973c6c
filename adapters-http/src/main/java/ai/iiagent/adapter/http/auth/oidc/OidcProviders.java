package ai.iiagent.adapter.http.auth.oidc;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The configured "sign in with ..." providers, by name (the path segment in
 * {@code /auth/oauth/{name}/login}). Empty means OIDC login is off.
 *
 * @param stateSecret encrypts the PKCE verifier in the state cookie; equal on every node
 */
public record OidcProviders(Map<String, Provider> byName, String stateSecret) {

    public OidcProviders {
        byName = Map.copyOf(byName);
        Objects.requireNonNull(stateSecret, "stateSecret");
    }

    public Optional<Provider> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** One OpenID provider: its issuer URL (discovery is read from it) and our client registration. */
    public record Provider(String name, String authServerUrl, String clientId, String clientSecret,
                           List<String> scopes) {

        public Provider {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(authServerUrl, "authServerUrl");
            Objects.requireNonNull(clientId, "clientId");
            scopes = List.copyOf(scopes);
        }

        @Override
        public String toString() {
            return "Provider[" + name + ", " + authServerUrl + ", client " + clientId + "]";
        }
    }
}
