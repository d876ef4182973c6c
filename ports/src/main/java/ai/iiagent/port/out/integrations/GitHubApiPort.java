package ai.iiagent.port.out.integrations;

import ai.iiagent.domain.integrations.GitHubRepository;
import java.util.List;

/**
 * GitHub's REST API for a connected account, on its access token. Errors as {@link OAuthProviderPort}:
 * a token GitHub refuses (401) is {@code ConflictException} {@code connector_authorization_expired},
 * anything else {@code UpstreamFailureException} {@code connector_upstream_failed}.
 */
public interface GitHubApiPort {

    /**
     * The repositories the account can read (own, collaborator, organisation member), most recently
     * updated first.
     *
     * @param page    1-based page
     * @param perPage 1 to 100
     */
    List<GitHubRepository> repositories(String accessToken, int page, int perPage);
}
