package ai.iiagent.adapter.integrations.github;

import ai.iiagent.adapter.integrations.oauth.ProviderHttp;
import ai.iiagent.domain.integrations.ConnectorErrors;
import ai.iiagent.domain.integrations.GitHubCommit;
import ai.iiagent.domain.integrations.GitHubContent;
import ai.iiagent.domain.integrations.GitHubIssue;
import ai.iiagent.domain.integrations.GitHubNewIssue;
import ai.iiagent.domain.integrations.GitHubPullRequest;
import ai.iiagent.domain.integrations.GitHubRepositoryRef;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The repository calls of GitHub's REST API the chat {@code github} tool makes: issues, comments, pull
 * requests, contents and commits under {@code /repos/{owner}/{repo}}. Owner, name, path and ref are
 * checked by the domain before they get here and encoded again into the URL.
 */
final class GitHubRepoApi {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String apiBase;
    private final ProviderHttp http;

    GitHubRepoApi(String apiBase, ProviderHttp http) {
        this.apiBase = apiBase;
        this.http = http;
    }

    List<GitHubIssue> issues(String token, GitHubRepositoryRef repo, String state, int page, int perPage) {
        JsonNode body = get(token, repo, "/issues?state=" + state + "&per_page=" + perPage + "&page=" + page,
                "GET issues");
        List<GitHubIssue> issues = new ArrayList<>();
        for (JsonNode item : body) {
            if (!item.has("pull_request")) { // GitHub lists pull requests among issues
                issues.add(issue(item));
            }
        }
        return issues;
    }

    GitHubIssue issue(String token, GitHubRepositoryRef repo, long number) {
        return issue(get(token, repo, "/issues/" + number, "GET issue"));
    }

    GitHubIssue createIssue(String token, GitHubRepositoryRef repo, GitHubNewIssue issue) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", issue.title());
        if (issue.body() != null) {
            body.put("body", issue.body());
        }
        if (!issue.labels().isEmpty()) {
            body.put("labels", issue.labels());
        }
        if (!issue.assignees().isEmpty()) {
            body.put("assignees", issue.assignees());
        }
        return issue(post(token, repo, "/issues", body, "POST issue"));
    }

    String comment(String token, GitHubRepositoryRef repo, long number, String text) {
        return post(token, repo, "/issues/" + number + "/comments", Map.of("body", text), "POST comment")
                .path("html_url").asText();
    }

    List<GitHubPullRequest> pullRequests(String token, GitHubRepositoryRef repo, String state, int page, int perPage) {
        List<GitHubPullRequest> pulls = new ArrayList<>();
        for (JsonNode item : get(token, repo, "/pulls?state=" + state + "&per_page=" + perPage + "&page=" + page,
                "GET pulls")) {
            pulls.add(pull(item));
        }
        return pulls;
    }

    GitHubPullRequest pullRequest(String token, GitHubRepositoryRef repo, long number) {
        return pull(get(token, repo, "/pulls/" + number, "GET pull"));
    }

    GitHubContent content(String token, GitHubRepositoryRef repo, String path, String ref, int maxChars) {
        JsonNode body = get(token, repo, "/contents/" + encodePath(path) + (ref == null ? "" : "?ref=" + encode(ref)),
                "GET contents");
        if (body.isArray()) {
            List<String> entries = new ArrayList<>();
            body.forEach(entry -> entries.add(entry.path("name").asText()
                    + ("dir".equals(entry.path("type").asText()) ? "/" : "")));
            return new GitHubContent(path, true, 0, "", false, entries);
        }
        if (!"file".equals(body.path("type").asText())) {
            throw ConnectorErrors.invalid(path + " is a " + body.path("type").asText() + ", not a file or directory");
        }
        long size = body.path("size").asLong();
        if (!"base64".equals(body.path("encoding").asText())) { // files over 1 MB come without content
            return new GitHubContent(path, false, size, "", true, List.of());
        }
        byte[] bytes = Base64.getMimeDecoder().decode(body.path("content").asText(""));
        String text = new String(bytes, StandardCharsets.UTF_8);
        boolean truncated = text.length() > maxChars;
        return new GitHubContent(path, false, size, truncated ? text.substring(0, maxChars) : text, truncated, List.of());
    }

    List<GitHubCommit> commits(String token, GitHubRepositoryRef repo, String ref, int page, int perPage) {
        List<GitHubCommit> commits = new ArrayList<>();
        for (JsonNode item : get(token, repo, "/commits?per_page=" + perPage + "&page=" + page
                + (ref == null ? "" : "&sha=" + encode(ref)), "GET commits")) {
            JsonNode commit = item.path("commit");
            String message = commit.path("message").asText("");
            String author = item.path("author").hasNonNull("login") ? item.path("author").path("login").asText()
                    : commit.path("author").path("name").asText(null);
            commits.add(new GitHubCommit(item.path("sha").asText(), message.lines().findFirst().orElse(""), author,
                    instant(commit.path("author").path("date")), item.path("html_url").asText(null)));
        }
        return commits;
    }

    private JsonNode get(String token, GitHubRepositoryRef repo, String rest, String what) {
        ProviderHttp.Answer answer = http.send(GitHubApi.authorized(http.request(base(repo) + rest), token).GET().build());
        GitHubApi.requireOk(answer, what);
        return answer.body();
    }

    private JsonNode post(String token, GitHubRepositoryRef repo, String rest, Map<String, Object> body, String what) {
        String json;
        try {
            json = JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a request body that cannot be JSON", e);
        }
        ProviderHttp.Answer answer = http.send(GitHubApi.authorized(http.request(base(repo) + rest), token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build());
        GitHubApi.requireOk(answer, what);
        return answer.body();
    }

    private String base(GitHubRepositoryRef repo) {
        return apiBase + "/repos/" + encode(repo.owner()) + "/" + encode(repo.name());
    }

    private static GitHubIssue issue(JsonNode item) {
        List<String> labels = new ArrayList<>();
        item.path("labels").forEach(label -> labels.add(label.isTextual() ? label.asText() : label.path("name").asText()));
        return new GitHubIssue(item.path("number").asLong(), item.path("title").asText(), item.path("state").asText(),
                item.path("user").path("login").asText(null), item.path("html_url").asText(null),
                item.path("body").asText(""), item.path("comments").asInt(), labels, instant(item.path("created_at")));
    }

    private static GitHubPullRequest pull(JsonNode item) {
        boolean merged = item.path("merged").asBoolean(false) || item.hasNonNull("merged_at");
        return new GitHubPullRequest(item.path("number").asLong(), item.path("title").asText(),
                item.path("state").asText(), item.path("user").path("login").asText(null),
                item.path("html_url").asText(null), item.path("body").asText(""), item.path("head").path("ref").asText(),
                item.path("base").path("ref").asText(), item.path("draft").asBoolean(false), merged);
    }

    private static Instant instant(JsonNode value) {
        return value.isTextual() ? Instant.parse(value.asText()) : null;
    }

    private static String encodePath(String path) {
        List<String> segments = new ArrayList<>();
        for (String segment : path.split("/")) {
            if (!segment.isEmpty()) {
                segments.add(encode(segment));
            }
        }
        return String.join("/", segments);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
