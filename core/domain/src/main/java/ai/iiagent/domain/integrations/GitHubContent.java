package ai.iiagent.domain.integrations;

import java.util.List;

/**
 * What is at a path of a GitHub repository: a file's text (cut at the tool's limit) or a directory's
 * entries.
 *
 * @param directory true for a directory ({@code entries} set, {@code text} empty)
 * @param text the file's text, UTF-8, at most the asked number of characters
 * @param truncated true when the file was longer than what {@code text} holds
 * @param entries a directory's entries, {@code name} with a trailing {@code /} for directories
 */
public record GitHubContent(String path, boolean directory, long size, String text, boolean truncated,
                            List<String> entries) {

    public GitHubContent {
        entries = entries == null ? List.of() : List.copyOf(entries);
        text = text == null ? "" : text;
    }
}
