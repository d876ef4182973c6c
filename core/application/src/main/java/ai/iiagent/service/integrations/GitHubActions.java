package ai.iiagent.service.integrations;

import ai.iiagent.domain.integrations.ConnectorErrors;
import ai.iiagent.domain.integrations.GitHubAction;
import ai.iiagent.domain.integrations.GitHubCommit;
import ai.iiagent.domain.integrations.GitHubContent;
import ai.iiagent.domain.integrations.GitHubIssue;
import ai.iiagent.domain.integrations.GitHubNewIssue;
import ai.iiagent.domain.integrations.GitHubPullRequest;
import ai.iiagent.domain.integrations.GitHubRepositoryRef;
import ai.iiagent.port.out.integrations.GitHubApiPort;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The {@code github} tool's actions: arguments checked, the API called, the answer written for the model. */
final class GitHubActions {

    /** A file's text given to the model is cut here (the runtime cuts tool results later anyway). */
    static final int MAX_FILE_CHARS = 20_000;
    private static final int DEFAULT_PER_PAGE = 10;

    private final GitHubApiPort github;

    GitHubActions(GitHubApiPort github) {
        this.github = github;
    }

    /** The text for the model and what the UI shows. */
    record Result(String text, Map<String, Object> display) {
    }

    Result run(GitHubAction action, String token, GitHubRepositoryRef repo, Map<String, Object> arguments) {
        return switch (action) {
            case LIST_ISSUES -> issues(github.issues(token, repo, state(arguments), 1, perPage(arguments)), repo);
            case GET_ISSUE -> issue(github.issue(token, repo, number(arguments, GitHubAction.ISSUE_NUMBER)));
            case CREATE_ISSUE -> created(github.createIssue(token, repo, new GitHubNewIssue(string(arguments, "title"),
                    string(arguments, "body"), strings(arguments, "labels"), strings(arguments, "assignees"))));
            case COMMENT -> commented(github.comment(token, repo, commentTarget(arguments), requiredBody(arguments)));
            case LIST_PULL_REQUESTS -> pulls(github.pullRequests(token, repo, state(arguments), 1, perPage(arguments)),
                    repo);
            case GET_PULL_REQUEST -> pull(github.pullRequest(token, repo, number(arguments, GitHubAction.PR_NUMBER)));
            case GET_FILE -> file(github.content(token, repo, GitHubRepositoryRef.requirePath(string(arguments, "path")),
                    GitHubRepositoryRef.requireRef(string(arguments, "branch")), MAX_FILE_CHARS));
            case LIST_COMMITS -> commits(github.commits(token, repo,
                    GitHubRepositoryRef.requireRef(string(arguments, "branch")), 1, perPage(arguments)), repo);
        };
    }

    private static Result issues(List<GitHubIssue> issues, GitHubRepositoryRef repo) {
        StringBuilder text = new StringBuilder(issues.size() + " issue(s) in " + repo.owner() + "/" + repo.name() + ":");
        List<Map<String, Object>> shown = new ArrayList<>();
        for (GitHubIssue issue : issues) {
            text.append("\n#").append(issue.number()).append(" [").append(issue.state()).append("] ").append(issue.title())
                    .append(" (by ").append(issue.author()).append(", ").append(issue.comments()).append(" comments")
                    .append(issue.labels().isEmpty() ? "" : ", labels: " + String.join(", ", issue.labels())).append(")");
            shown.add(Map.of("number", issue.number(), "title", issue.title(), "state", issue.state(),
                    "url", String.valueOf(issue.htmlUrl())));
        }
        return new Result(text.toString(), Map.of("items", shown));
    }

    private static Result issue(GitHubIssue issue) {
        return new Result("#" + issue.number() + " [" + issue.state() + "] " + issue.title() + "\nby " + issue.author()
                + ", " + issue.comments() + " comments" + (issue.labels().isEmpty() ? "" : ", labels: "
                + String.join(", ", issue.labels())) + "\n" + issue.htmlUrl() + "\n\n" + issue.body(),
                Map.of("number", issue.number(), "title", issue.title(), "url", String.valueOf(issue.htmlUrl())));
    }

    private static Result created(GitHubIssue issue) {
        return new Result("Opened issue #" + issue.number() + ": " + issue.title() + "\n" + issue.htmlUrl(),
                Map.of("number", issue.number(), "title", issue.title(), "url", String.valueOf(issue.htmlUrl())));
    }

    private static Result commented(String url) {
        return new Result("Commented: " + url, Map.of("url", String.valueOf(url)));
    }

    private static Result pulls(List<GitHubPullRequest> pulls, GitHubRepositoryRef repo) {
        StringBuilder text = new StringBuilder(pulls.size() + " pull request(s) in " + repo.owner() + "/" + repo.name() + ":");
        List<Map<String, Object>> shown = new ArrayList<>();
        for (GitHubPullRequest pull : pulls) {
            text.append("\n#").append(pull.number()).append(" [").append(pull.merged() ? "merged" : pull.state())
                    .append(pull.draft() ? ", draft" : "").append("] ").append(pull.title()).append(" (")
                    .append(pull.head()).append(" → ").append(pull.base()).append(", by ").append(pull.author()).append(")");
            shown.add(Map.of("number", pull.number(), "title", pull.title(), "state", pull.state(),
                    "url", String.valueOf(pull.htmlUrl())));
        }
        return new Result(text.toString(), Map.of("items", shown));
    }

    private static Result pull(GitHubPullRequest pull) {
        return new Result("#" + pull.number() + " [" + (pull.merged() ? "merged" : pull.state()) + (pull.draft() ? ", draft" : "")
                + "] " + pull.title() + "\n" + pull.head() + " → " + pull.base() + ", by " + pull.author() + "\n"
                + pull.htmlUrl() + "\n\n" + pull.body(),
                Map.of("number", pull.number(), "title", pull.title(), "url", String.valueOf(pull.htmlUrl())));
    }

    private static Result file(GitHubContent content) {
        String shownPath = content.path().isEmpty() ? "/" : content.path();
        if (content.directory()) {
            return new Result(shownPath + " holds " + content.entries().size() + " entries:\n"
                    + String.join("\n", content.entries()), Map.of("path", shownPath, "entries", content.entries()));
        }
        String note = !content.truncated() ? "" : content.text().isEmpty()
                ? "\n[the file is " + content.size() + " bytes, too large for GitHub's contents API]"
                : "\n[cut at " + content.text().length() + " characters of " + content.size() + " bytes]";
        return new Result(shownPath + " (" + content.size() + " bytes):\n" + content.text() + note,
                Map.of("path", shownPath, "size", content.size(), "truncated", content.truncated()));
    }

    private static Result commits(List<GitHubCommit> commits, GitHubRepositoryRef repo) {
        StringBuilder text = new StringBuilder(commits.size() + " commit(s) in " + repo.owner() + "/" + repo.name() + ":");
        List<Map<String, Object>> shown = new ArrayList<>();
        for (GitHubCommit commit : commits) {
            String sha = commit.sha().length() > 7 ? commit.sha().substring(0, 7) : commit.sha();
            text.append("\n").append(sha).append(" ").append(commit.message()).append(" (").append(commit.author())
                    .append(commit.date() == null ? "" : ", " + commit.date()).append(")");
            shown.add(Map.of("sha", commit.sha(), "message", commit.message(), "url", String.valueOf(commit.htmlUrl())));
        }
        return new Result(text.toString(), Map.of("items", shown));
    }

    private static String state(Map<String, Object> arguments) {
        String state = string(arguments, "state");
        if (state == null) {
            return "open";
        }
        if (!List.of("open", "closed", "all").contains(state)) {
            throw ConnectorErrors.invalid("state must be open, closed or all, got '" + state + "'");
        }
        return state;
    }

    private static int perPage(Map<String, Object> arguments) {
        Object value = arguments.get(GitHubAction.PER_PAGE);
        if (value == null) {
            return DEFAULT_PER_PAGE;
        }
        int perPage = value instanceof Number n ? n.intValue() : parse(String.valueOf(value), GitHubAction.PER_PAGE);
        if (perPage < 1 || perPage > 50) {
            throw ConnectorErrors.invalid("per_page must be 1 to 50, got " + perPage);
        }
        return perPage;
    }

    private static long number(Map<String, Object> arguments, String name) {
        Object value = arguments.get(name);
        long number = value instanceof Number n ? n.longValue() : value == null ? 0 : parse(String.valueOf(value), name);
        if (number < 1) {
            throw ConnectorErrors.invalid(name + " must be a positive number");
        }
        return number;
    }

    private static long commentTarget(Map<String, Object> arguments) {
        return number(arguments, arguments.containsKey(GitHubAction.PR_NUMBER)
                && !arguments.containsKey(GitHubAction.ISSUE_NUMBER) ? GitHubAction.PR_NUMBER : GitHubAction.ISSUE_NUMBER);
    }

    private static String requiredBody(Map<String, Object> arguments) {
        String body = string(arguments, "body");
        if (body == null || body.isBlank() || body.length() > 65_536) {
            throw ConnectorErrors.invalid("a comment needs a body of 1 to 65,536 characters");
        }
        return body;
    }

    private static int parse(String value, String name) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw ConnectorErrors.invalid(name + " must be a number, got '" + value + "'");
        }
    }

    private static String string(Map<String, Object> arguments, String name) {
        Object value = arguments.get(name);
        return value == null ? null : String.valueOf(value);
    }

    private static List<String> strings(Map<String, Object> arguments, String name) {
        Object value = arguments.get(name);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list) || list.size() > 20) {
            throw ConnectorErrors.invalid(name + " must be a list of at most 20 names");
        }
        return list.stream().map(String::valueOf).toList();
    }
}
