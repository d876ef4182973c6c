package ai.iiagent.adapter.integrations.revenuecat;

import ai.iiagent.adapter.integrations.oauth.OAuthClient;
import ai.iiagent.adapter.integrations.oauth.OAuthClientSettings;
import ai.iiagent.adapter.integrations.oauth.ProviderHttp;
import ai.iiagent.domain.integrations.ConnectorErrors;
import ai.iiagent.domain.integrations.ConnectorProvider;
import ai.iiagent.domain.integrations.ConnectorTokens;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * RevenueCat's OAuth 2 authorisation server ({@code api.revenuecat.com/oauth2/authorize} and
 * {@code /oauth2/token}, authorization code with PKCE S256; a confidential client authenticates with
 * HTTP Basic, RevenueCat's default). Revocation posts the refresh token to {@code /oauth2/revoke}
 * (RFC 7009, which ends the grant) in the form body; the account is the name of the first project the
 * token can read ({@code GET /v2/projects}).
 */
public final class RevenueCatOAuthAdapter extends OAuthClient {

    private final String revokeUrl;
    private final String apiBase;

    public RevenueCatOAuthAdapter(OAuthClientSettings settings, String revokeUrl, String apiBase, ProviderHttp http,
                                  Clock clock) {
        super(settings, http, clock);
        this.revokeUrl = revokeUrl;
        this.apiBase = apiBase.replaceAll("/+$", "");
    }

    @Override
    public ConnectorProvider provider() {
        return ConnectorProvider.REVENUECAT;
    }

    @Override
    public boolean supportsPkce() {
        return true;
    }

    @Override
    protected boolean basicClientAuthentication() {
        return true;
    }

    @Override
    public void revoke(ConnectorTokens tokens) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("token", tokens.refreshable() ? tokens.refreshToken() : tokens.accessToken());
        form.put("token_type_hint", tokens.refreshable() ? "refresh_token" : "access_token");
        ProviderHttp.Answer answer = http.send(http.request(revokeUrl)
                .header("Content-Type", "application/x-www-form-urlencoded").header("Authorization", basicCredentials())
                .POST(HttpRequest.BodyPublishers.ofString(ProviderHttp.form(form))).build());
        if (!answer.ok()) {
            throw ConnectorErrors.upstream("RevenueCat refused the revocation (" + answer.status() + ")");
        }
    }

    @Override
    public String accountName(String accessToken) {
        ProviderHttp.Answer answer = http.send(http.request(apiBase + "/v2/projects?limit=1")
                .header("Authorization", "Bearer " + accessToken).GET().build());
        if (answer.status() == 401) {
            throw ConnectorErrors.authorizationExpired(ConnectorProvider.REVENUECAT);
        }
        if (!answer.ok()) {
            throw ConnectorErrors.upstream("RevenueCat GET /v2/projects answered " + answer.status());
        }
        return answer.body().path("items").path(0).path("name").asText(null);
    }
}
