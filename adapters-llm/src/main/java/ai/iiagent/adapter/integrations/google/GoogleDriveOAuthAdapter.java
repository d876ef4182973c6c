package ai.iiagent.adapter.integrations.google;

import ai.iiagent.adapter.integrations.oauth.OAuthClient;
import ai.iiagent.adapter.integrations.oauth.OAuthClientSettings;
import ai.iiagent.adapter.integrations.oauth.ProviderHttp;
import ai.iiagent.domain.integrations.ConnectorErrors;
import ai.iiagent.domain.integrations.ConnectorProvider;
import ai.iiagent.domain.integrations.ConnectorTokens;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.util.Map;

/**
 * Google's OAuth 2 for Drive ({@code accounts.google.com/o/oauth2/v2/auth} with
 * {@code access_type=offline} so a refresh token is granted, {@code oauth2.googleapis.com/token},
 * PKCE S256). Revocation posts the refresh token (revoking it ends the whole grant) as a form body to
 * {@code /revoke}, never in the URL; the account is Drive's {@code GET /drive/v3/about?fields=user}
 * e-mail address.
 */
public final class GoogleDriveOAuthAdapter extends OAuthClient {

    private final String revokeUrl;
    private final String driveApiBase;

    public GoogleDriveOAuthAdapter(OAuthClientSettings settings, String revokeUrl, String driveApiBase, ProviderHttp http,
                                   Clock clock) {
        super(settings, http, clock);
        this.revokeUrl = revokeUrl;
        this.driveApiBase = driveApiBase.replaceAll("/+$", "");
    }

    @Override
    public ConnectorProvider provider() {
        return ConnectorProvider.GOOGLE_DRIVE;
    }

    @Override
    public boolean supportsPkce() {
        return true;
    }

    @Override
    public void revoke(ConnectorTokens tokens) {
        String token = tokens.refreshable() ? tokens.refreshToken() : tokens.accessToken();
        ProviderHttp.Answer answer = http.send(http.request(revokeUrl)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(ProviderHttp.form(Map.of("token", token)))).build());
        // 400 invalid_token: the grant is gone already (revoked in the Google account)
        if (!answer.ok() && !"invalid_token".equals(answer.body().path("error").asText())) {
            throw ConnectorErrors.upstream("Google refused the revocation (" + answer.status() + ")");
        }
    }

    @Override
    public String accountName(String accessToken) {
        ProviderHttp.Answer answer = http.send(http.request(driveApiBase + "/drive/v3/about?fields=user")
                .header("Authorization", "Bearer " + accessToken).GET().build());
        if (answer.status() == 401) {
            throw ConnectorErrors.authorizationExpired(ConnectorProvider.GOOGLE_DRIVE);
        }
        if (!answer.ok()) {
            throw ConnectorErrors.upstream("Google Drive GET /drive/v3/about answered " + answer.status());
        }
        return answer.body().path("user").path("emailAddress").asText(null);
    }
}
