package ai.iiagent.domain.integrations;

import java.time.Instant;

/** A commit of a GitHub repository: its SHA, first message line and author. */
public record GitHubCommit(String sha, String message, String author, Instant date, String htmlUrl) {
}
