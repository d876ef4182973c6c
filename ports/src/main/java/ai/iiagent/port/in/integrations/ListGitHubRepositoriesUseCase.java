package ai.iiagent.port.in.integrations;

import ai.iiagent.domain.integrations.GitHubRepository;
import java.util.List;

/** The repositories the caller's GitHub account can read, refreshing its token first when it is about to expire. */
public interface ListGitHubRepositoriesUseCase {

    List<GitHubRepository> list(ListGitHubRepositoriesQuery query);
}
