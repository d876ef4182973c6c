package ai.iiagent.adapter.integrations.github;

import ai.iiagent.adapter.integrations.oauth.ProviderHttp;
import ai.iiagent.domain.integrations.ConnectorErrors;
import ai.iiagent.domain.integrations.ConnectorProvider;
import java.net.http.HttpRequest;

/** The headers GitHub's REST API asks for, and its answers mapped to the connector errors. */
final class GitHubApi {

    static final String VERSION = "2022-11-28";

    private GitHubApi() {
    }

    static HttpRequest.Builder headers(HttpRequest.Builder request) {
        return request.header("Accept", "application/vnd.github+json").header("X-GitHub-Api-Version", VERSION);
    }

    static HttpRequest.Builder authorized(HttpRequest.Builder request, String accessToken) {
        return headers(request).header("Authorization", "Bearer " + accessToken);
    }

    static void requireOk(ProviderHttp.Answer answer, String what) {
        if (answer.status() == 401) {
            throw ConnectorErrors.authorizationExpired(ConnectorProvider.GITHUB);
        }
        if (!answer.ok()) {
            throw ConnectorErrors.upstream("GitHub " + what + " answered " + answer.status() + ": "
                    + answer.body().path("message").asText(""));
        }
    }
}
