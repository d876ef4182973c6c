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
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The Google Drive connector's OAuth flow against Google's token, revoke and Drive endpoints on
 * WireMock: offline access with PKCE, the account's e-mail, a refused code, the picker's public
 * config, revocation of the refresh token (in the form body, never the URL) on disconnect.
 */
@QuarkusTest
@WithTestResource(GoogleDriveStandIn.class)
class GoogleDriveConnectorTest {

    @Test
    void givenTheFlow_whenConnectedAndDisconnected_thenGoogleSeesPkceOfflineAccessAndRevocation() {
        String token = newAccessToken();
        Map<String, String> params = startAuthorization(token, "google-drive");
        assertThat(params).containsEntry("client_id", GoogleDriveStandIn.CLIENT_ID)
                .containsEntry("access_type", "offline").containsEntry("prompt", "consent")
                .containsEntry("scope", "https://www.googleapis.com/auth/drive.file")
                .containsEntry("code_challenge_method", "S256");
        assertThat(params.get("redirect_uri")).endsWith("/connectors/google-drive/callback");

        String answer = callback(token, "google-drive", "good-code", params.get("state")).statusCode(200)
                .body("provider", equalTo("google_drive")).body("account", equalTo("ada@example.org"))
                .extract().asString();
        assertThat(answer).doesNotContain(GoogleDriveStandIn.ACCESS_TOKEN).doesNotContain(GoogleDriveStandIn.REFRESH_TOKEN);
        Map<String, String> exchange = GitHubStandIn.form(GoogleDriveStandIn.server.findAll(
                postRequestedFor(urlEqualTo("/token"))).getLast().getBodyAsString());
        assertThat(exchange).containsEntry("grant_type", "authorization_code").containsKey("code_verifier");

        as(token).when().get("/v1/connectors/google-drive/picker-config").then().statusCode(200)
                .body("configured", equalTo(true)).body("connected", equalTo(true))
                .body("client_id", equalTo(GoogleDriveStandIn.CLIENT_ID))
                .body("developer_key", equalTo(GoogleDriveStandIn.DEVELOPER_KEY)).body("app_id", equalTo("407408718192"));

        as(token).when().delete("/v1/connectors/google-drive").then().statusCode(204);
        var revoke = GoogleDriveStandIn.server.findAll(postRequestedFor(urlEqualTo("/revoke"))).getLast();
        assertThat(GitHubStandIn.form(revoke.getBodyAsString())).containsEntry("token", GoogleDriveStandIn.REFRESH_TOKEN);
        assertThat(revoke.getUrl()).isEqualTo("/revoke");
        as(token).when().get("/v1/connectors/google-drive/status").then().statusCode(200).body("connected", equalTo(false));
    }

    @Test
    void givenAReplayedCode_thenConflict_andGoogleSeesNoSecondExchange() {
        String token = newAccessToken();
        String state = startAuthorization(token, "google-drive").get("state");
        callback(token, "google-drive", "good-code", state).statusCode(200);
        int exchanges = GoogleDriveStandIn.server.findAll(postRequestedFor(urlEqualTo("/token"))).size();

        callback(token, "google-drive", "good-code", state).statusCode(409).contentType(PROBLEM)
                .body("code", equalTo("oauth_code_replayed"));
        assertThat(GoogleDriveStandIn.server.findAll(postRequestedFor(urlEqualTo("/token")))).hasSize(exchanges);
        as(token).when().get("/v1/connectors/google-drive/status").then().statusCode(200).body("connected", equalTo(true));
    }

    @Test
    void givenACodeGoogleRefuses_thenCodeRejected_andAnotherUsersStateIsAMismatch() {
        String token = newAccessToken();
        String state = startAuthorization(token, "google-drive").get("state");
        callback(token, "google-drive", "bad-code", state).statusCode(400).contentType(PROBLEM)
                .body("code", equalTo("oauth_code_rejected"));

        String other = newAccessToken();
        String fresh = startAuthorization(token, "google-drive").get("state");
        callback(other, "google-drive", "good-code", fresh).statusCode(400).body("code", equalTo("oauth_state_mismatch"));
        callback(token, "github", "good-code", fresh).statusCode(503).body("code", equalTo("connector_not_configured"));
        as(other).when().delete("/v1/connectors/google-drive").then().statusCode(404)
                .body("code", equalTo("connector_not_connected"));
    }
}
