package ai.iiagent.domain.integrations;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.List;

/**
 * Where a skill lives on GitHub: {@code https://github.com/<owner>/<repo>} (the package at the
 * repository root) or {@code https://github.com/<owner>/<repo>/tree/<branch>/<path>} (a folder of it).
 * {@code branch} is null for the default branch, {@code path} empty for the root.
 */
public record GitHubSkillUrl(String repository, String branch, String path) {

    public static GitHubSkillUrl parse(String url) {
        URI uri;
        try {
            uri = new URI(url == null ? "" : url.strip());
        } catch (URISyntaxException e) {
            throw refused(url);
        }
        if (!"https".equals(uri.getScheme()) || !"github.com".equalsIgnoreCase(uri.getHost()) || uri.getRawQuery() != null
                || uri.getPath() == null) {
            throw refused(url);
        }
        List<String> segments = Arrays.stream(uri.getPath().split("/")).filter(segment -> !segment.isEmpty()).toList();
        if (segments.size() < 2 || segments.size() == 3 || segments.size() > 3 && !segments.get(2).equals("tree")) {
            throw refused(url);
        }
        String repo = segments.get(1).endsWith(".git") ? segments.get(1).substring(0, segments.get(1).length() - 4)
                : segments.get(1);
        String repository = GitHubRepository.requireFullName(segments.get(0) + "/" + repo);
        if (segments.size() == 2) {
            return new GitHubSkillUrl(repository, null, "");
        }
        List<String> rest = segments.subList(4, segments.size());
        if (rest.stream().anyMatch(segment -> segment.equals("..") || segment.equals(".") || segment.contains("\\"))) {
            throw refused(url);
        }
        return new GitHubSkillUrl(repository, segments.get(3), String.join("/", rest));
    }

    private static RuntimeException refused(String url) {
        return ConnectorErrors.invalid("url must be https://github.com/<owner>/<repo>[/tree/<branch>/<path>], got '"
                + url + "'");
    }
}
