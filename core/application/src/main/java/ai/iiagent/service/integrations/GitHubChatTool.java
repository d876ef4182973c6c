package ai.iiagent.service.integrations;

import ai.iiagent.domain.credits.Credits;
import ai.iiagent.domain.integrations.ConnectorErrors;
import ai.iiagent.domain.integrations.ConnectorProvider;
import ai.iiagent.domain.integrations.GitHubAction;
import ai.iiagent.domain.integrations.GitHubRepositoryRef;
import ai.iiagent.domain.shared.DomainException;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.port.out.integrations.ConnectorRepository;
import ai.iiagent.port.out.integrations.GitHubApiPort;
import ai.iiagent.port.out.llm.ToolSpec;
import ai.iiagent.port.out.tools.AgentTool;
import ai.iiagent.port.out.tools.ToolInvocation;
import ai.iiagent.port.out.tools.ToolOutcome;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Chat's {@code github} tool (reference §6.2): reads and writes issues, pull requests, files and commits
 * of repositories the user's connected GitHub account can reach, on the user's own (refreshed) token.
 * Offered only to users who connected GitHub. GitHub's API is not billed by us: the tool is free.
 */
public final class GitHubChatTool implements AgentTool {

    static final String NAME = "github";
    static final List<String> ACTIONS = GitHubAction.wireNames();

    private static final ToolSpec SPEC = new ToolSpec(NAME, "Work with GitHub repositories the user's connected account"
            + " can reach: list_issues, get_issue, create_issue, comment (on an issue or pull request),"
            + " list_pull_requests, get_pull_request, get_file (a file's text or a directory listing), list_commits.",
            schema());

    private final ConnectorRepository connectors;
    private final ConnectorTokenAccess tokens;
    private final GitHubActions actions;

    public GitHubChatTool(ConnectorRepository connectors, ConnectorTokenAccess tokens, GitHubApiPort github) {
        this.connectors = connectors;
        this.tokens = tokens;
        this.actions = new GitHubActions(github);
    }

    @Override
    public ToolSpec spec() {
        return SPEC;
    }

    @Override
    public Credits maxCost() {
        return Credits.ZERO; // GitHub's API costs the user nothing through us
    }

    @Override
    public boolean offeredTo(UserId user) {
        return connectors.find(user, ConnectorProvider.GITHUB).isPresent();
    }

    @Override
    public ToolOutcome run(ToolInvocation invocation) {
        Map<String, Object> arguments = invocation.arguments();
        String action = String.valueOf(arguments.getOrDefault("action", ""));
        try {
            GitHubAction chosen = GitHubAction.parse(action).orElseThrow(() -> ConnectorErrors.invalid(
                    "action must be one of " + String.join(", ", ACTIONS) + ", got '" + action + "'"));
            GitHubRepositoryRef repository = new GitHubRepositoryRef(text(arguments, "owner"), text(arguments, "repo"));
            String token = tokens.accessToken(invocation.userId(), ConnectorProvider.GITHUB);
            GitHubActions.Result result = actions.run(chosen, token, repository, arguments);
            Map<String, Object> display = new LinkedHashMap<>(result.display());
            display.put("action", action);
            display.put("repository", repository.owner() + "/" + repository.name());
            return new ToolOutcome(result.text(), display, false);
        } catch (DomainException e) {
            // bad arguments and GitHub's refusals go back to the model, which can correct itself or tell the user
            return ToolOutcome.failed("GitHub " + action + " failed: " + e.getMessage());
        }
    }

    private static String text(Map<String, Object> arguments, String name) {
        Object value = arguments.get(name);
        return value == null ? null : String.valueOf(value).strip();
    }

    private static Map<String, Object> schema() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("action", Map.of("type", "string", "enum", ACTIONS));
        properties.put("owner", Map.of("type", "string", "description", "The repository's owner (user or organisation)"));
        properties.put("repo", Map.of("type", "string", "description", "The repository's name"));
        properties.put("state", Map.of("type", "string", "enum", List.of("open", "closed", "all"),
                "description", "For list_issues and list_pull_requests (default open)"));
        properties.put(GitHubAction.ISSUE_NUMBER, Map.of("type", "integer", "description", "For get_issue and comment"));
        properties.put(GitHubAction.PR_NUMBER, Map.of("type", "integer", "description", "For get_pull_request and comment"));
        properties.put("path", Map.of("type", "string", "description", "For get_file: a file or directory path"));
        properties.put("branch", Map.of("type", "string", "description", "For get_file and list_commits (default branch if absent)"));
        properties.put(GitHubAction.PER_PAGE, Map.of("type", "integer", "minimum", 1, "maximum", 50, "description", "For lists (default 10)"));
        properties.put("title", Map.of("type", "string", "description", "For create_issue"));
        properties.put("body", Map.of("type", "string", "description", "For create_issue and comment"));
        properties.put("labels", Map.of("type", "array", "items", Map.of("type", "string"), "description", "For create_issue"));
        properties.put("assignees", Map.of("type", "array", "items", Map.of("type", "string"), "description", "For create_issue"));
        return Map.of("type", "object", "required", List.of("action", "owner", "repo"), "properties", properties);
    }
}
