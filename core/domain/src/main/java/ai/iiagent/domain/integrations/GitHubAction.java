package ai.iiagent.domain.integrations;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** What chat's {@code github} tool can do, by the names the model sends, and the arguments it reads. */
public enum GitHubAction {
    LIST_ISSUES("list_issues"),
    GET_ISSUE("get_issue"),
    CREATE_ISSUE("create_issue"),
    COMMENT("comment"),
    LIST_PULL_REQUESTS("list_pull_requests"),
    GET_PULL_REQUEST("get_pull_request"),
    GET_FILE("get_file"),
    LIST_COMMITS("list_commits");

    /** The argument naming an issue (get_issue, comment). */
    public static final String ISSUE_NUMBER = "issue_number";
    /** The argument naming a pull request (get_pull_request, comment). */
    public static final String PR_NUMBER = "pr_number";
    /** The argument bounding a list's length. */
    public static final String PER_PAGE = "per_page";

    private final String wireName;

    GitHubAction(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /** Every action's wire name, in declaration order. */
    public static List<String> wireNames() {
        return Arrays.stream(values()).map(GitHubAction::wireName).toList();
    }

    public static Optional<GitHubAction> parse(String wireName) {
        return Arrays.stream(values()).filter(action -> action.wireName.equals(wireName)).findFirst();
    }
}
