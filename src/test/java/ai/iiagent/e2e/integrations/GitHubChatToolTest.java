package ai.iiagent.e2e.integrations;

import static ai.iiagent.e2e.integrations.ConnectorUsers.as;
import static ai.iiagent.e2e.integrations.ConnectorUsers.callback;
import static ai.iiagent.e2e.integrations.ConnectorUsers.newAccessToken;
import static ai.iiagent.e2e.integrations.ConnectorUsers.startAuthorization;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;

import ai.iiagent.e2e.chat.ChatSse;
import ai.iiagent.e2e.chat.ChatSse.Event;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Chat's {@code github} tool over REST, on GitHub's REST API served by WireMock: offered only once the user
 * connected GitHub, each action answered from GitHub's real answer formats, GitHub's refusals and bad
 * arguments returned to the model as error results (no request made for a malformed repository or path).
 */
@QuarkusTest
@WithTestResource(GitHubStandIn.class)
class GitHubChatToolTest {

    @Test
    void givenNoGitHubConnection_thenTheToolIsNotOffered() {
        String token = newAccessToken();

        List<Event> events = chat(token, "mcp: github {\"action\": \"list_issues\", \"owner\": \"octocat\","
                + " \"repo\": \"Hello-World\"}");

        assertThat(events).extracting(Event::name).doesNotContain("tool_call", "tool_result");
        assertThat(answer(events)).contains("no MCP tool called github");
    }

    @Test
    void givenAConnectedAccount_thenIssuesPullsFilesAndCommitsAreRead_withPullRequestsKeptOutOfIssues() {
        String token = connected();

        String issues = output(chat(token, call("list_issues", "")));
        assertThat(issues).contains("2 issue(s) in octocat/Hello-World").contains("#1347 [open] Found a bug")
                .contains("labels: bug").contains("#1348 [open] Add dark mode").doesNotContain("#1349");

        assertThat(output(chat(token, call("get_issue", ", \"issue_number\": 1347"))))
                .contains("#1347 [open] Found a bug").contains("I'm having a problem with this.")
                .contains("https://github.com/octocat/Hello-World/issues/1347");

        assertThat(output(chat(token, call("list_pull_requests", ", \"state\": \"open\""))))
                .contains("#1349 [open] Fix typo in README (fix-typo → master, by hubot)")
                .contains("#1351 [open, draft] Dark mode");

        assertThat(output(chat(token, call("get_file", ", \"path\": \"README\""))))
                .contains("README (").contains("# Hello-World\nMy first repository on GitHub!");
        assertThat(output(chat(token, call("get_file", ", \"path\": \"\""))))
                .contains("holds 2 entries").contains("README").contains("docs/");

        assertThat(output(chat(token, call("list_commits", ""))))
                .contains("7fd1a60 Merge pull request #6 from Spaceghost/patch-1 (octocat")
                .contains("7629413 New line at end of file. --Signed off by Spaceghost (Johnneylee Jack Rollins");
    }

    @Test
    void givenAConnectedAccount_thenAnIssueIsOpenedAndCommentedWithExactlyTheAskedFields() {
        String token = connected();

        String opened = output(chat(token, call("create_issue", ", \"title\": \"Crash on start\","
                + " \"body\": \"Steps: open the app.\", \"labels\": [\"bug\"]")));
        assertThat(opened).contains("Opened issue #1350: Crash on start")
                .contains("https://github.com/octocat/Hello-World/issues/1350");
        GitHubStandIn.server.verify(postRequestedFor(urlEqualTo("/repos/octocat/Hello-World/issues"))
                .withRequestBody(equalToJson("{\"title\":\"Crash on start\",\"body\":\"Steps: open the app.\","
                        + "\"labels\":[\"bug\"]}")));

        assertThat(output(chat(token, call("comment", ", \"issue_number\": 1347, \"body\": \"Me too\""))))
                .contains("Commented: https://github.com/octocat/Hello-World/issues/1347#issuecomment-1");
        GitHubStandIn.server.verify(postRequestedFor(urlEqualTo("/repos/octocat/Hello-World/issues/1347/comments"))
                .withRequestBody(equalToJson("{\"body\":\"Me too\"}")));
    }

    @Test
    void givenGitHubRefusalsOrBadArguments_thenTheModelGetsAnErrorResult_andTheAnswerStillCompletes() {
        String token = connected();

        Event missing = result(chat(token, call("get_issue", ", \"issue_number\": 9999")));
        assertThat(missing.get("is_error")).isEqualTo(true);
        assertThat((String) missing.get("output")).contains("answered 404").contains("Not Found");

        Event invalid = result(chat(token, call("create_issue", ", \"title\": \"x\", \"assignees\": [\"nobody-here\"]")));
        assertThat(invalid.get("is_error")).isEqualTo(true);
        assertThat((String) invalid.get("output")).contains("answered 422").contains("Validation Failed");

        int before = GitHubStandIn.server.getAllServeEvents().size();
        for (String bad : List.of("{\"action\": \"get_file\", \"owner\": \"octocat\", \"repo\": \"Hello-World\","
                        + " \"path\": \"../../user\"}",
                "{\"action\": \"list_issues\", \"owner\": \"octo/../cat\", \"repo\": \"Hello-World\"}",
                "{\"action\": \"list_issues\", \"owner\": \"octocat\", \"repo\": \"..\"}",
                "{\"action\": \"delete_repo\", \"owner\": \"octocat\", \"repo\": \"Hello-World\"}",
                "{\"action\": \"list_commits\", \"owner\": \"octocat\", \"repo\": \"Hello-World\", \"per_page\": 500}")) {
            List<Event> events = chat(token, "mcp: github " + bad);
            Event refused = result(events);
            assertThat(refused.get("is_error")).as(bad).isEqualTo(true);
            assertThat(events.getLast().get("finish_reason")).isEqualTo("stop");
        }
        assertThat(GitHubStandIn.server.getAllServeEvents()).as("requests GitHub received for refused arguments")
                .hasSize(before);
    }

    private static String connected() {
        String token = newAccessToken();
        callback(token, "github", "good-code", startAuthorization(token, "github").get("state")).statusCode(200);
        return token;
    }

    private static String call(String action, String more) {
        return "mcp: github {\"action\": \"" + action + "\", \"owner\": \"octocat\", \"repo\": \"Hello-World\"" + more + "}";
    }

    private static List<Event> chat(String token, String text) {
        return ChatSse.parse(as(token).accept("text/event-stream").contentType(ContentType.JSON)
                .body(Map.of("content", text)).post("/v1/chat/conversations").then().statusCode(200)
                .contentType(startsWith("text/event-stream")).extract().asString());
    }

    private static Event result(List<Event> events) {
        return events.stream().filter(e -> e.name().equals("tool_result")).findFirst()
                .orElseThrow(() -> new AssertionError("no tool result in " + events));
    }

    private static String output(List<Event> events) {
        Event result = result(events);
        assertThat(result.get("is_error")).as(String.valueOf(result.get("output"))).isEqualTo(false);
        return (String) result.get("output");
    }

    private static String answer(List<Event> events) {
        return String.join("", events.stream().filter(e -> "content".equals(e.name()) && e.get("delta") != null)
                .map(e -> (String) e.get("delta")).toList());
    }
}
