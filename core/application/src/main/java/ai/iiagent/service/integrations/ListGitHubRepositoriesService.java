package ai.iiagent.service.integrations;

import ai.iiagent.domain.integrations.ConnectorErrors;
import ai.iiagent.domain.integrations.ConnectorProvider;
import ai.iiagent.domain.integrations.GitHubRepository;
import ai.iiagent.port.in.integrations.ListGitHubRepositoriesQuery;
import ai.iiagent.port.in.integrations.ListGitHubRepositoriesUseCase;
import ai.iiagent.port.out.integrations.GitHubApiPort;
import java.util.List;

/** The repository picker's list, on the caller's own (refreshed) token. */
public final class ListGitHubRepositoriesService implements ListGitHubRepositoriesUseCase {

    private final ConnectorTokenAccess tokens;
    private final GitHubApiPort github;

    public ListGitHubRepositoriesService(ConnectorTokenAccess tokens, GitHubApiPort github) {
        this.tokens = tokens;
        this.github = github;
    }

    @Override
    public List<GitHubRepository> list(ListGitHubRepositoriesQuery query) {
        if (query.page() < 1 || query.perPage() < 1 || query.perPage() > 100) {
            throw ConnectorErrors.invalid("page starts at 1 and per_page is 1 to 100");
        }
        return github.repositories(tokens.accessToken(query.caller().userId(), ConnectorProvider.GITHUB), query.page(),
                query.perPage());
    }
}
