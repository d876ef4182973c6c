package ai.iiagent.adapter.integrations.github;

import ai.iiagent.adapter.integrations.oauth.ProviderHttp;
import ai.iiagent.domain.integrations.GitHubCommit;
import ai.iiagent.domain.integrations.GitHubContent;
import ai.iiagent.domain.integrations.GitHubIssue;
import ai.iiagent.domain.integrations.GitHubNewIssue;
import ai.iiagent.domain.integrations.GitHubPullRequest;
import ai.iiagent.domain.integrations.GitHubRepository;
import ai.iiagent.domain.integrations.GitHubRepositoryRef;
import ai.iiagent.port.out.integrations.GitHubApiPort;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** {@link GitHubApiPort} on GitHub's REST API ({@code GET /user/repos}; the repository calls in {@link GitHubRepoApi}). */
public final class GitHubApiAdapter implements GitHubApiPort {

    private final String apiBase;
    private final ProviderHttp http;
    private final GitHubRepoApi repos;

    public GitHubApiAdapter(String apiBase, ProviderHttp http) {
        this.apiBase = apiBase.replaceAll("/+$", "");
        this.http = http;
        this.repos = new GitHubRepoApi(this.apiBase, http);
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

    @Override
    public List<GitHubIssue> issues(String accessToken, GitHubRepositoryRef repository, String state, int page, int perPage) {
        return repos.issues(accessToken, repository, state, page, perPage);
    }

    @Override
    public GitHubIssue issue(String accessToken, GitHubRepositoryRef repository, long number) {
        return repos.issue(accessToken, repository, number);
    }

    @Override
    public GitHubIssue createIssue(String accessToken, GitHubRepositoryRef repository, GitHubNewIssue issue) {
        return repos.createIssue(accessToken, repository, issue);
    }

    @Override
    public String comment(String accessToken, GitHubRepositoryRef repository, long number, String body) {
        return repos.comment(accessToken, repository, number, body);
    }

    @Override
    public List<GitHubPullRequest> pullRequests(String accessToken, GitHubRepositoryRef repository, String state, int page,
                                                int perPage) {
        return repos.pullRequests(accessToken, repository, state, page, perPage);
    }

    @Override
    public GitHubPullRequest pullRequest(String accessToken, GitHubRepositoryRef repository, long number) {
        return repos.pullRequest(accessToken, repository, number);
    }

    @Override
    public GitHubContent content(String accessToken, GitHubRepositoryRef repository, String path, String ref, int maxChars) {
        return repos.content(accessToken, repository, path, ref, maxChars);
    }

    @Override
    public List<GitHubCommit> commits(String accessToken, GitHubRepositoryRef repository, String ref, int page, int perPage) {
        return repos.commits(accessToken, repository, ref, page, perPage);
    }
}
