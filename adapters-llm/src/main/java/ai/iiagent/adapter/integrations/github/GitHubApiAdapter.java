package ai.iiagent.adapter.integrations.github;

import ai.iiagent.adapter.integrations.oauth.ProviderHttp;
import ai.iiagent.domain.integrations.GitHubRepository;
import ai.iiagent.port.out.integrations.GitHubApiPort;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** {@link GitHubApiPort} on GitHub's REST API ({@code GET /user/repos}). */
public final class GitHubApiAdapter implements GitHubApiPort {

    private final String apiBase;
    private final ProviderHttp http;

    public GitHubApiAdapter(String apiBase, ProviderHttp http) {
        this.apiBase = apiBase.replaceAll("/+$", "");
        this.http = http;
    }

    @Override
    public List<GitHubRepository> repositories(String accessToken, int page, int perPage) {
        ProviderHttp.Answer answer = http.send(GitHubApi.authorized(http.request(apiBase
                + "/user/repos?sort=updated&affiliation=owner,collaborator,organization_member&per_page=" + perPage
                + "&page=" + page), accessToken).GET().build());
        GitHubApi.requireOk(answer, "GET /user/repos");
        List<GitHubRepository> repositories = new ArrayList<>();
        for (JsonNode repo : answer.body()) {
            repositories.add(new GitHubRepository(repo.path("id").asLong(), repo.path("full_name").asText(),
                    repo.path("name").asText(), repo.path("owner").path("login").asText(), repo.path("private").asBoolean(),
                    repo.path("default_branch").asText(null), repo.path("description").asText(null),
                    repo.path("html_url").asText(null),
                    repo.hasNonNull("updated_at") ? Instant.parse(repo.path("updated_at").asText()) : null));
        }
        return repositories;
    }
}
