package ai.iiagent.domain.integrations;

import java.util.List;

/** An issue to open: a title (required), a description, labels and assignees (logins). */
public record GitHubNewIssue(String title, String body, List<String> labels, List<String> assignees) {

    public GitHubNewIssue {
        if (title == null || title.isBlank() || title.length() > 256) {
            throw ConnectorErrors.invalid("an issue needs a title of 1 to 256 characters");
        }
        if (body != null && body.length() > 65_536) {
            throw ConnectorErrors.invalid("an issue body is at most 65,536 characters");
        }
        labels = labels == null ? List.of() : List.copyOf(labels);
        assignees = assignees == null ? List.of() : List.copyOf(assignees);
    }
}
