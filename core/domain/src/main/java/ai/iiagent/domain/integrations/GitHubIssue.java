package ai.iiagent.domain.integrations;

import java.time.Instant;
import java.util.List;

/**
 * An issue of a GitHub repository as the chat {@code github} tool reports it.
 *
 * @param body the description, possibly empty
 * @param comments how many comments it has
 */
public record GitHubIssue(long number, String title, String state, String author, String htmlUrl, String body,
                          int comments, List<String> labels, Instant createdAt) {

    public GitHubIssue {
        labels = labels == null ? List.of() : List.copyOf(labels);
        body = body == null ? "" : body;
    }
}
