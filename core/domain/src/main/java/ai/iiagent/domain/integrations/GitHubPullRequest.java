package ai.iiagent.domain.integrations;

/**
 * A pull request of a GitHub repository as the chat {@code github} tool reports it.
 *
 * @param head the branch the changes come from
 * @param base the branch they would be merged into
 */
public record GitHubPullRequest(long number, String title, String state, String author, String htmlUrl, String body,
                                String head, String base, boolean draft, boolean merged) {

    public GitHubPullRequest {
        body = body == null ? "" : body;
    }
}
