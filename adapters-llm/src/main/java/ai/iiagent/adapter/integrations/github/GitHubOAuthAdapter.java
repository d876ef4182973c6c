package ai.iiagent.adapter.integrations.github;

import ai.iiagent.adapter.integrations.oauth.OAuthClient;
import ai.iiagent.adapter.integrations.oauth.OAuthClientSettings;
import ai.iiagent.adapter.integrations.oauth.ProviderHttp;
import ai.iiagent.domain.integrations.ConnectorErrors;
import ai.iiagent.domain.integrations.ConnectorProvider;
import ai.iiagent.domain.integrations.ConnectorTokens;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;

/**
 * GitHub's OAuth web flow ({@code github.com/login/oauth/authorize} and {@code /access_token}, PKCE
 * S256 accepted) for an OAuth app or a GitHub App's user tokens (those expire after 8 hours and come
 * with a refresh token). Revocation deletes the whole grant ({@code DELETE /applications/{client_id}/grant},
 * basic auth with the client's id and secret); the account is {@code GET /user}'s login.
 */
public final class GitHubOAuthAdapter extends OAuthClient {

    private final String apiBase;

    public GitHubOAuthAdapter(OAuthClientSettings settings, String apiBase, ProviderHttp http, Clock clock) {
        super(settings, http, clock);
        this.apiBase = apiBase.replaceAll("/+$", "");
    }

    @Override
    public ConnectorProvider provider() {
        return ConnectorProvider.GITHUB;
    }

    @Override
    public boolean supportsPkce() {
        return true;
    }

    @Override
    public void revoke(ConnectorTokens tokens) {
        String basic = Base64.getEncoder().encodeToString((settings.clientId() + ":" + settings.clientSecret())
                .getBytes(StandardCharsets.UTF_8));
        String body = "{\"access_token\":\"" + tokens.accessToken().replace("\"", "") + "\"}";
        ProviderHttp.Answer answer = http.send(GitHubApi.headers(http.request(apiBase + "/applications/"
                        + ProviderHttp.encode(settings.clientId()) + "/grant"))
                .header("Authorization", "Basic " + basic).header("Content-Type", "application/json")
                .method("DELETE", HttpRequest.BodyPublishers.ofString(body)).build());
        // 404 / 422: the grant is gone already (the user revoked it on github.com)
        if (!answer.ok() && answer.status() != 404 && answer.status() != 422) {
            throw ConnectorErrors.upstream("GitHub refused the revocation (" + answer.status() + ")");
        }
    }

    @Override
    public String accountName(String accessToken) {
        ProviderHttp.Answer answer = http.send(GitHubApi.authorized(http.request(apiBase + "/user"), accessToken).GET().build());
        GitHubApi.requireOk(answer, "GET /user");
        return answer.body().path("login").asText(null);
    }
}
