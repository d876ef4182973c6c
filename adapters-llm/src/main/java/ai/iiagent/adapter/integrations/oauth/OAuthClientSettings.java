package ai.iiagent.adapter.integrations.oauth;

import java.util.Map;

/**
 * One provider's OAuth client as registered there: id and secret (null: not configured), its
 * authorisation and token endpoints, the redirect URI registered with it, the scopes asked for and
 * extra authorisation parameters ({@code access_type=offline} for Google).
 */
public record OAuthClientSettings(String clientId, String clientSecret, String authorizeUrl, String tokenUrl,
                                  String redirectUri, String scope, Map<String, String> extraAuthorizeParams) {

    public OAuthClientSettings {
        extraAuthorizeParams = extraAuthorizeParams == null ? Map.of() : Map.copyOf(extraAuthorizeParams);
    }

    public boolean configured() {
        return clientId != null && !clientId.isBlank() && clientSecret != null && !clientSecret.isBlank();
    }

    @Override
    public String toString() {
        return "OAuthClientSettings[" + clientId + ", secret " + (configured() ? "***" : "none") + ", " + tokenUrl + "]";
    }
}
