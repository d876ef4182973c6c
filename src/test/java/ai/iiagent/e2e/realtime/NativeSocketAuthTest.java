package ai.iiagent.e2e.realtime;

import static ai.iiagent.e2e.realtime.Realtime.WAIT;
import static ai.iiagent.e2e.realtime.Realtime.bearer;
import static ai.iiagent.e2e.realtime.Realtime.newAccessToken;
import static ai.iiagent.e2e.realtime.Realtime.type;
import static ai.iiagent.e2e.realtime.Realtime.wsUrl;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Who may open {@code /ws}: a bearer credential on the upgrade (a bad one is refused with HTTP 401
 * before the upgrade) or in a first auth frame (a bad or missing one closes with 4401).
 */
@QuarkusTest
class NativeSocketAuthTest {

    @Test
    void givenNoCredential_whenNothingIsSent_thenClosedWith4401AfterTheAuthTimeout() throws Exception {
        try (SocketClient client = SocketClient.connect(wsUrl(), Map.of())) {
            assertThat(client.awaitClose(WAIT)).isEqualTo(4401);
        }
    }

    @Test
    void givenNoCredential_whenACommandIsSentFirst_thenClosedWith4401() throws Exception {
        try (SocketClient client = SocketClient.connect(wsUrl(), Map.of())) {
            client.send(Map.of("type", "join_session", "data", Map.of()));
            assertThat(client.awaitClose(WAIT)).isEqualTo(4401);
        }
    }

    @Test
    void givenBadOrMalformedBearerOnTheUpgrade_thenTheUpgradeIsRefusedWith401() {
        for (String credential : new String[] {"not-a-jwt", "eyJhbGciOiJub25lIn0.e30.", "ii_" + "x".repeat(40)}) {
            assertThat(SocketClient.refusedUpgrade(wsUrl(), bearer(credential))).as(credential).isEqualTo(401);
        }
    }

    @Test
    void givenAccessTokenOnTheUpgrade_thenAuthenticated() throws Exception {
        try (SocketClient client = SocketClient.connect(wsUrl(), bearer(newAccessToken()))) {
            String frame = client.next(WAIT);
            assertThat(type(frame)).isEqualTo("authenticated");
            assertThat(SocketClient.parse(frame).path("data").path("user_id").asText()).hasSize(36);
        }
    }

    @Test
    void givenAccessTokenInTheFirstFrame_thenAuthenticated_andABadOneInTheFirstFrameIsRefused() throws Exception {
        String token = newAccessToken(); // signed up before the socket opens: the sign-up must not eat the 1 s auth limit
        try (SocketClient client = SocketClient.connect(wsUrl(), Map.of())) {
            client.send(Map.of("type", "auth", "token", token));
            assertThat(type(client.next(WAIT))).isEqualTo("authenticated");
        }
        try (SocketClient client = SocketClient.connect(wsUrl(), Map.of())) {
            client.send(Map.of("type", "auth", "token", "forged"));
            assertThat(client.awaitClose(WAIT)).isEqualTo(4401);
        }
    }

    @Test
    void givenApiKey_thenAuthenticatedUntilRevoked() throws Exception {
        String access = newAccessToken();
        JsonPath key = given().header("Authorization", "Bearer " + access).contentType(ContentType.JSON)
                .body(Map.of("name", "socket")).when().post("/v1/users/me/api-keys")
                .then().statusCode(201).extract().jsonPath();
        try (SocketClient client = SocketClient.connect(wsUrl(), bearer(key.getString("key")))) {
            assertThat(type(client.next(WAIT))).isEqualTo("authenticated");
        }
        given().header("Authorization", "Bearer " + access).when()
                .delete("/v1/users/me/api-keys/" + key.getString("id")).then().statusCode(204);
        assertThat(SocketClient.refusedUpgrade(wsUrl(), bearer(key.getString("key")))).isEqualTo(401);
        try (SocketClient client = SocketClient.connect(wsUrl(), Map.of())) {
            client.send(Map.of("type", "auth", "token", key.getString("key")));
            assertThat(client.awaitClose(WAIT)).isEqualTo(4401);
        }
    }
}
