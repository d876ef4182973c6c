package ai.iiagent.e2e.integrations;

import static ai.iiagent.e2e.integrations.ConnectorUsers.PROBLEM;
import static ai.iiagent.e2e.integrations.ConnectorUsers.as;
import static ai.iiagent.e2e.integrations.ConnectorUsers.callback;
import static ai.iiagent.e2e.integrations.ConnectorUsers.newAccessToken;
import static ai.iiagent.e2e.integrations.ConnectorUsers.startAuthorization;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.nullValue;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The GitHub connector end to end against GitHub's OAuth and REST API on WireMock: the authorisation
 * URL (state, PKCE S256), the callback (state mismatch, replay, refused code), status, repositories,
 * refresh of an expiring GitHub App token, revocation on disconnect, another user's view, and no
 * token in any answer or log line.
 */
@QuarkusTest
@WithTestResource(GitHubStandIn.class)
class GitHubConnectorTest {

    private static final List<String> TOKENS = List.of(GitHubStandIn.OAUTH_APP_TOKEN, GitHubStandIn.EXPIRING_TOKEN,
            GitHubStandIn.REFRESH_TOKEN, GitHubStandIn.REFRESHED_TOKEN, GitHubStandIn.REFRESHED_REFRESH_TOKEN,
            GitHubStandIn.CLIENT_SECRET);

    private static CapturedLog log;

    @BeforeAll
    static void captureLog() {
        log = CapturedLog.install();
    }

    @AfterAll
    static void noTokenWasLogged() {
        String text = log.text();
        assertThat(log.size()).isPositive();
        TOKENS.forEach(token -> assertThat(text).doesNotContain(token));
    }

    @Test
    void givenAuthUrl_thenItCarriesClientStateAndPkceChallenge() {
        String token = newAccessToken();
        Map<String, String> params = startAuthorization(token, "github");

        assertThat(params).containsEntry("client_id", GitHubStandIn.CLIENT_ID)
                .containsEntry("redirect_uri", GitHubStandIn.REDIRECT_URI).containsEntry("response_type", "code")
                .containsEntry("scope", "repo read:user").containsEntry("code_challenge_method", "S256")
                .containsKeys("state", "code_challenge");
        assertThat(params.get("state")).hasSizeGreaterThanOrEqualTo(43);
    }

    @Test
    void givenCallback_whenCodeIsGood_thenConnectedWithPkceVerifierAndNoTokenInTheAnswer() throws Exception {
        String token = newAccessToken();
        Map<String, String> params = startAuthorization(token, "github");

        String body = callback(token, "github", "good-code", params.get("state")).statusCode(200)
                .body("provider", org.hamcrest.Matchers.equalTo("github"))
                .body("connected", org.hamcrest.Matchers.equalTo(true))
                .body("account", org.hamcrest.Matchers.equalTo("octocat"))
                .body("scope", org.hamcrest.Matchers.equalTo("repo,read:user"))
                .extract().asString();

        LoggedRequest exchange = lastTokenRequest("code=good-code");
        Map<String, String> form = GitHubStandIn.form(exchange.getBodyAsString());
        assertThat(form).containsEntry("grant_type", "authorization_code").containsEntry("client_id", GitHubStandIn.CLIENT_ID)
                .containsEntry("client_secret", GitHubStandIn.CLIENT_SECRET)
                .containsEntry("redirect_uri", GitHubStandIn.REDIRECT_URI);
        assertThat(s256(form.get("code_verifier"))).isEqualTo(params.get("code_challenge"));
        String status = as(token).when().get("/v1/connectors/github/status").then().statusCode(200)
                .body("connected", org.hamcrest.Matchers.equalTo(true)).body("configured", org.hamcrest.Matchers.equalTo(true))
                .body("account", org.hamcrest.Matchers.equalTo("octocat")).extract().asString();
        TOKENS.forEach(secret -> assertThat(body + status).doesNotContain(secret));
    }

    @Test
    void givenUsedState_whenCallbackReplayed_thenConflictAndNoSecondExchange() {
        String token = newAccessToken();
        String state = startAuthorization(token, "github").get("state");
        callback(token, "github", "good-code", state).statusCode(200);
        int exchanges = GitHubStandIn.server.findAll(postRequestedFor(urlEqualTo("/login/oauth/access_token"))).size();

        callback(token, "github", "good-code", state).statusCode(409).contentType(PROBLEM)
                .body("code", org.hamcrest.Matchers.equalTo("oauth_code_replayed"));

        assertThat(GitHubStandIn.server.findAll(postRequestedFor(urlEqualTo("/login/oauth/access_token")))).hasSize(exchanges);
    }

    @Test
    void givenAnotherUsersOrUnknownState_whenCallback_thenStateMismatchAndTheOwnerCanStillComplete() {
        String owner = newAccessToken();
        String intruder = newAccessToken();
        String state = startAuthorization(owner, "github").get("state");

        callback(intruder, "github", "good-code", state).statusCode(400).contentType(PROBLEM)
                .body("code", org.hamcrest.Matchers.equalTo("oauth_state_mismatch"));
        callback(owner, "github", "good-code", state + "x").statusCode(400)
                .body("code", org.hamcrest.Matchers.equalTo("oauth_state_mismatch"));
        as(intruder).when().get("/v1/connectors/github/status").then().statusCode(200)
                .body("connected", org.hamcrest.Matchers.equalTo(false));

        callback(owner, "github", "good-code", state).statusCode(200).body("connected", org.hamcrest.Matchers.equalTo(true));
    }

    @Test
    void givenCodeGitHubRefuses_whenCallback_thenCodeRejectedAndNotConnected() {
        String token = newAccessToken();
        String state = startAuthorization(token, "github").get("state");

        callback(token, "github", "bad-code", state).statusCode(400).contentType(PROBLEM)
                .body("code", org.hamcrest.Matchers.equalTo("oauth_code_rejected"));

        as(token).when().get("/v1/connectors/github/status").then().statusCode(200)
                .body("connected", org.hamcrest.Matchers.equalTo(false));
    }

    @Test
    void givenConnected_whenRepositories_thenGitHubsListOnTheUsersToken() {
        String token = newAccessToken();
        callback(token, "github", "good-code", startAuthorization(token, "github").get("state")).statusCode(200);

        as(token).when().get("/v1/connectors/github/repositories?per_page=50").then().statusCode(200)
                .body("repositories.full_name", contains("octocat/Hello-World", "octocat/Spoon-Knife"))
                .body("repositories[0].default_branch", org.hamcrest.Matchers.equalTo("master"))
                .body("repositories[1].is_private", org.hamcrest.Matchers.equalTo(true))
                .body("per_page", org.hamcrest.Matchers.equalTo(50));

        LoggedRequest list = GitHubStandIn.server.findAll(getRequestedFor(urlPathEqualTo("/user/repos"))).getLast();
        assertThat(list.getHeader("Authorization")).isEqualTo("Bearer " + GitHubStandIn.OAUTH_APP_TOKEN);
        assertThat(list.getHeader("X-GitHub-Api-Version")).isEqualTo("2022-11-28");
        assertThat(list.queryParameter("per_page").firstValue()).isEqualTo("50");
    }

    @Test
    void givenTokenAboutToExpire_whenRepositories_thenRefreshedFirstAndTheNewTokenUsed() {
        String token = newAccessToken();
        callback(token, "github", "expiring-code", startAuthorization(token, "github").get("state")).statusCode(200);

        as(token).when().get("/v1/connectors/github/repositories").then().statusCode(200);

        Map<String, String> refresh = GitHubStandIn.form(lastTokenRequest("grant_type=refresh_token").getBodyAsString());
        assertThat(refresh).containsEntry("refresh_token", GitHubStandIn.REFRESH_TOKEN)
                .containsEntry("client_id", GitHubStandIn.CLIENT_ID);
        assertThat(GitHubStandIn.server.findAll(getRequestedFor(urlPathEqualTo("/user/repos"))).getLast()
                .getHeader("Authorization")).isEqualTo("Bearer " + GitHubStandIn.REFRESHED_TOKEN);
        as(token).when().get("/v1/connectors/github/status").then().statusCode(200)
                .body("expires_at", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void givenConnected_whenDisconnect_thenGrantRevokedAtGitHubAndForgotten() {
        String token = newAccessToken();
        callback(token, "github", "good-code", startAuthorization(token, "github").get("state")).statusCode(200);

        as(token).when().delete("/v1/connectors/github").then().statusCode(204);

        LoggedRequest revoke = GitHubStandIn.server.findAll(deleteRequestedFor(
                urlEqualTo("/applications/" + GitHubStandIn.CLIENT_ID + "/grant"))).getLast();
        assertThat(revoke.getHeader("Authorization")).isEqualTo("Basic " + Base64.getEncoder().encodeToString(
                (GitHubStandIn.CLIENT_ID + ":" + GitHubStandIn.CLIENT_SECRET).getBytes(StandardCharsets.UTF_8)));
        assertThat(equalToJson("{\"access_token\":\"" + GitHubStandIn.OAUTH_APP_TOKEN + "\"}")
                .match(revoke.getBodyAsString()).isExactMatch()).isTrue();
        as(token).when().get("/v1/connectors/github/status").then().statusCode(200)
                .body("connected", org.hamcrest.Matchers.equalTo(false)).body("account", nullValue());
        as(token).when().get("/v1/connectors/github/repositories").then().statusCode(404).contentType(PROBLEM)
                .body("code", org.hamcrest.Matchers.equalTo("connector_not_connected"));
        as(token).when().delete("/v1/connectors/github").then().statusCode(404)
                .body("code", org.hamcrest.Matchers.equalTo("connector_not_connected"));
    }

    @Test
    void givenOneUserConnected_thenAnotherUserSeesNothingOfIt() {
        String owner = newAccessToken();
        String other = newAccessToken();
        callback(owner, "github", "good-code", startAuthorization(owner, "github").get("state")).statusCode(200);

        as(other).when().get("/v1/connectors/github/status").then().statusCode(200)
                .body("connected", org.hamcrest.Matchers.equalTo(false));
        as(other).when().get("/v1/connectors/github/repositories").then().statusCode(404)
                .body("code", org.hamcrest.Matchers.equalTo("connector_not_connected"));
        as(other).when().delete("/v1/connectors/github").then().statusCode(404)
                .body("code", org.hamcrest.Matchers.equalTo("connector_not_connected"));
        as(owner).when().get("/v1/connectors/github/status").then().statusCode(200)
                .body("connected", org.hamcrest.Matchers.equalTo(true));
    }

    @Test
    void givenAppConfigAndUnknownProvider_thenPublicValuesOnlyAndNotFound() {
        String token = newAccessToken();
        String body = as(token).when().get("/v1/connectors/github/app-config").then().statusCode(200)
                .body("configured", org.hamcrest.Matchers.equalTo(true))
                .body("client_id", org.hamcrest.Matchers.equalTo(GitHubStandIn.CLIENT_ID))
                .body("install_url", org.hamcrest.Matchers.equalTo("https://github.com/apps/ii-agent-test/installations/new"))
                .body("redirect_uri", org.hamcrest.Matchers.equalTo(GitHubStandIn.REDIRECT_URI)).extract().asString();
        assertThat(body).doesNotContain(GitHubStandIn.CLIENT_SECRET);
        as(token).when().get("/v1/connectors/dropbox/status").then().statusCode(404).contentType(PROBLEM)
                .body("code", org.hamcrest.Matchers.equalTo("connector_provider_unknown"));
        as(token).when().get("/v1/connectors/google-drive/auth-url").then().statusCode(503).contentType(PROBLEM)
                .body("code", org.hamcrest.Matchers.equalTo("connector_not_configured"));
        io.restassured.RestAssured.given().when().get("/v1/connectors/github/status").then().statusCode(401);
    }

    private static LoggedRequest lastTokenRequest(String bodyPart) {
        return GitHubStandIn.server.findAll(postRequestedFor(urlEqualTo("/login/oauth/access_token"))
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.containing(bodyPart))).getLast();
    }

    private static String s256(String verifier) throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    }
}
