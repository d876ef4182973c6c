package ai.iiagent.e2e.integrations;

import static ai.iiagent.e2e.integrations.ConnectorUsers.PROBLEM;
import static ai.iiagent.e2e.integrations.ConnectorUsers.as;
import static ai.iiagent.e2e.integrations.ConnectorUsers.newAccessToken;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /v1/user-settings/skills/github}: a skill folder of a public repository (a bare git
 * repository the stand-in made, read over JGit's file transport in place of github.com) becomes the
 * caller's skill through the same checks as a zip upload; bad URLs, folders without SKILL.md and
 * missing repositories are refused with clear codes; another user does not see the skill.
 */
@QuarkusTest
@WithTestResource(GitHubStandIn.class)
class GitHubSkillImportTest {

    private static final String BASE = "/v1/user-settings/skills";

    @Test
    void givenASkillFolderUrl_whenImported_thenItIsTheCallersSkillAndNobodyElses() {
        String token = newAccessToken();
        String id = as(token).body(Map.of("url", "https://github.com/octocat/skills/tree/master/skills/greeter"))
                .when().post(BASE + "/github").then().statusCode(201)
                .body("name", equalTo("greeter")).body("description", equalTo("Greets people in their own language"))
                .body("file_count", equalTo(2)).body("is_enabled", equalTo(true)).extract().path("id");

        as(token).when().get(BASE).then().statusCode(200).body("skills.name", hasItem("greeter"));
        as(token).when().get(BASE + "/" + id).then().statusCode(200).body("name", equalTo("greeter"));
        as(newAccessToken()).when().get(BASE + "/" + id).then().statusCode(404);
    }

    @Test
    void givenTheOriginalsFieldName_whenImported_thenAccepted() {
        as(newAccessToken()).body(Map.of("github_url", "https://github.com/octocat/skills/tree/master/skills/greeter"))
                .when().post(BASE + "/github").then().statusCode(201).body("name", equalTo("greeter"));
    }

    @Test
    void givenBadUrlsOrFolders_thenRefusedWithClearCodes() {
        String token = newAccessToken();
        refused(token, "https://gitlab.com/octocat/skills", 400, "invalid_connector_request");
        refused(token, "http://github.com/octocat/skills", 400, "invalid_connector_request");
        refused(token, "https://github.com/octocat/skills/tree/master/../../etc", 400, "invalid_connector_request");
        refused(token, "https://github.com/octocat/skills/tree/master/docs", 400, "skill_md_missing");
        refused(token, "https://github.com/octocat/skills/tree/master/nothing-here", 400, "skill_md_missing");
        refused(token, "https://github.com/octocat/no-such-repo", 404, "repository_not_found");
        as(token).when().get(BASE + "?include_builtin=false").then().statusCode(200)
                .body("custom_count", equalTo(0));
    }

    private static void refused(String token, String url, int status, String code) {
        as(token).body(Map.of("url", url)).when().post(BASE + "/github").then().statusCode(status).contentType(PROBLEM)
                .body("code", equalTo(code));
    }
}
