package ai.iiagent.port.out.integrations;

import ai.iiagent.domain.integrations.GitHubCommit;
import ai.iiagent.domain.integrations.GitHubContent;
import ai.iiagent.domain.integrations.GitHubIssue;
import ai.iiagent.domain.integrations.GitHubNewIssue;
import ai.iiagent.domain.integrations.GitHubPullRequest;
import ai.iiagent.domain.integrations.GitHubRepository;
import ai.iiagent.domain.integrations.GitHubRepositoryRef;
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

    /**
     * Issues of a repository (pull requests excluded), newest first.
     *
     * @param state {@code open}, {@code closed} or {@code all}
     */
    List<GitHubIssue> issues(String accessToken, GitHubRepositoryRef repository, String state, int page, int perPage);

    /** One issue; {@code connector_upstream_failed} with GitHub's message when there is none. */
    GitHubIssue issue(String accessToken, GitHubRepositoryRef repository, long number);

    /** Opens an issue and answers it as GitHub stored it. */
    GitHubIssue createIssue(String accessToken, GitHubRepositoryRef repository, GitHubNewIssue issue);

    /** Comments on an issue or pull request; answers the comment's web address. */
    String comment(String accessToken, GitHubRepositoryRef repository, long number, String body);

    /**
     * Pull requests of a repository, newest first.
     *
     * @param state {@code open}, {@code closed} or {@code all}
     */
    List<GitHubPullRequest> pullRequests(String accessToken, GitHubRepositoryRef repository, String state, int page,
                                         int perPage);

    /** One pull request. */
    GitHubPullRequest pullRequest(String accessToken, GitHubRepositoryRef repository, long number);

    /**
     * A file's text or a directory's entries at {@code path} ({@code ""} for the root) on {@code ref}
     * (null for the default branch); a file's text is cut at {@code maxChars}.
     */
    GitHubContent content(String accessToken, GitHubRepositoryRef repository, String path, String ref, int maxChars);

    /** Commits of a branch (null for the default branch), newest first. */
    List<GitHubCommit> commits(String accessToken, GitHubRepositoryRef repository, String ref, int page, int perPage);
}
