package ai.iiagent.e2e.integrations;

import static ai.iiagent.e2e.integrations.ConnectorUsers.PROBLEM;
import static ai.iiagent.e2e.integrations.ConnectorUsers.as;
import static ai.iiagent.e2e.integrations.ConnectorUsers.callback;
import static ai.iiagent.e2e.integrations.ConnectorUsers.newAccessToken;
import static ai.iiagent.e2e.integrations.ConnectorUsers.startAuthorization;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The RevenueCat connector's OAuth flow against RevenueCat's token and revoke endpoints on WireMock:
 * PKCE, HTTP Basic client authentication, the account (first project's name), state mismatch, a
 * replayed code (no second exchange), a refused code, revocation of the refresh token on disconnect,
 * another user "not connected", and no token in any answer or log line.
 */
@QuarkusTest
@WithTestResource(RevenueCatStandIn.class)
class RevenueCatConnectorTest {

    private static final List<String> SECRETS = List.of(RevenueCatStandIn.ACCESS_TOKEN, RevenueCatStandIn.REFRESH_TOKEN,
            RevenueCatStandIn.CLIENT_SECRET);
    private static CapturedLog log;

    @BeforeAll
    static void captureLog() {
        log = CapturedLog.install();
    }

    @AfterAll
    static void noTokenWasLogged() {
        String text = log.text();
        SECRETS.forEach(secret -> assertThat(text).doesNotContain(secret));
    }

    @Test
    void givenTheFlow_whenConnectedAndDisconnected_thenPkceBasicAuthAccountAndRevocation() {
        String token = newAccessToken();
        Map<String, String> params = startAuthorization(token, "revenuecat");
        assertThat(params).containsEntry("client_id", RevenueCatStandIn.CLIENT_ID).containsEntry("response_type", "code")
                .containsEntry("code_challenge_method", "S256").containsKeys("state", "code_challenge")
                .containsEntry("scope", "project_configuration:projects:read project_configuration:apps:read");
        assertThat(params.get("redirect_uri")).endsWith("/connectors/revenuecat/callback");

        String answer = callback(token, "revenuecat", "good-code", params.get("state")).statusCode(200)
                .body("provider", equalTo("revenuecat")).body("connected", equalTo(true))
                .body("account", equalTo("MagicWeather")).extract().asString();
        Map<String, String> exchange = GitHubStandIn.form(RevenueCatStandIn.server.findAll(
                postRequestedFor(urlEqualTo("/oauth2/token"))).getLast().getBodyAsString());
        assertThat(exchange).containsEntry("grant_type", "authorization_code").containsKey("code_verifier")
                .doesNotContainKey("client_secret");
        String status = as(token).when().get("/v1/connectors/revenuecat/status").then().statusCode(200)
                .body("connected", equalTo(true)).extract().asString();
        SECRETS.forEach(secret -> assertThat(answer + status).doesNotContain(secret));

        as(token).when().delete("/v1/connectors/revenuecat").then().statusCode(204);
        var revoke = RevenueCatStandIn.server.findAll(postRequestedFor(urlEqualTo("/oauth2/revoke"))).getLast();
        assertThat(GitHubStandIn.form(revoke.getBodyAsString())).containsEntry("token", RevenueCatStandIn.REFRESH_TOKEN)
                .containsEntry("token_type_hint", "refresh_token");
        assertThat(revoke.getHeader("Authorization")).isEqualTo(RevenueCatStandIn.BASIC);
        as(token).when().get("/v1/connectors/revenuecat/status").then().statusCode(200).body("connected", equalTo(false));
        as(token).when().delete("/v1/connectors/revenuecat").then().statusCode(404).body("code", equalTo("connector_not_connected"));
    }

    @Test
    void givenAReplayedCode_thenConflictAndNoSecondExchange() {
        String token = newAccessToken();
        String state = startAuthorization(token, "revenuecat").get("state");
        callback(token, "revenuecat", "good-code", state).statusCode(200);
        int exchanges = RevenueCatStandIn.server.findAll(postRequestedFor(urlEqualTo("/oauth2/token"))).size();
        callback(token, "revenuecat", "good-code", state).statusCode(409).contentType(PROBLEM)
                .body("code", equalTo("oauth_code_replayed"));
        assertThat(RevenueCatStandIn.server.findAll(postRequestedFor(urlEqualTo("/oauth2/token")))).hasSize(exchanges);
    }

    @Test
    void givenAnotherUsersStateOrARefusedCode_thenMismatchOrRejected_andTheOtherUserIsNotConnected() {
        String owner = newAccessToken();
        String intruder = newAccessToken();
        String state = startAuthorization(owner, "revenuecat").get("state");
        callback(intruder, "revenuecat", "good-code", state).statusCode(400).body("code", equalTo("oauth_state_mismatch"));
        callback(owner, "revenuecat", "good-code", "not-a-state-we-issued").statusCode(400)
                .body("code", equalTo("oauth_state_mismatch"));
        String fresh = startAuthorization(owner, "revenuecat").get("state");
        callback(owner, "revenuecat", "bad-code", fresh).statusCode(400).body("code", equalTo("oauth_code_rejected"));
        callback(owner, "revenuecat", "good-code", state).statusCode(200);
        as(intruder).when().get("/v1/connectors/revenuecat/status").then().statusCode(200).body("connected", equalTo(false));
        as(intruder).when().delete("/v1/connectors/revenuecat").then().statusCode(404)
                .body("code", equalTo("connector_not_connected"));
        as(owner).when().get("/v1/connectors/revenuecat/status").then().statusCode(200).body("connected", equalTo(true));
    }
}
