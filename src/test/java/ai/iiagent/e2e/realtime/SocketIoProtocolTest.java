package ai.iiagent.e2e.realtime;

import static ai.iiagent.e2e.realtime.Realtime.WAIT;
import static ai.iiagent.e2e.realtime.Realtime.newAccessToken;
import static ai.iiagent.e2e.realtime.Realtime.newSession;
import static ai.iiagent.e2e.realtime.Realtime.socketIoUrl;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Engine.IO v4 / Socket.IO v5 on the wire, frame by frame, as the original frontend speaks it. */
@QuarkusTest
class SocketIoProtocolTest {

    @Test
    void givenAnUpgrade_thenTheOpenPacketCarriesSidAndPingSettings() throws Exception {
        try (SocketClient client = SocketClient.connect(socketIoUrl(), Map.of())) {
            String open = client.next(WAIT);
            assertThat(open).startsWith("0");
            JsonNode handshake = SocketClient.parse(open.substring(1));
            assertThat(handshake.path("sid").asText()).isNotBlank();
            assertThat(handshake.path("upgrades").isArray()).isTrue();
            assertThat(handshake.path("pingInterval").asLong()).isEqualTo(3000);
            assertThat(handshake.path("pingTimeout").asLong()).isEqualTo(3000);
        }
    }

    @Test
    void givenConnectPackets_thenGoodTokensConnect_andMissingOrBadOnesGetConnectError() throws Exception {
        String token = newAccessToken(); // signed up before the socket opens: the sign-up must not eat the 1 s auth limit
        try (SocketClient client = opened()) {
            client.send("40");
            assertThat(client.next(WAIT)).startsWith("44").contains("auth_error");
            client.send("40{\"token\":\"forged\"}");
            assertThat(client.next(WAIT)).startsWith("44");
            client.send("40{\"token\":\"" + token + "\"}");
            String connected = client.next(WAIT);
            assertThat(connected).startsWith("40");
            assertThat(SocketClient.parse(connected.substring(2)).path("sid").asText()).isNotBlank();
        }
    }

    @Test
    void givenAConnectPayloadThatIsNotJson_thenConnectError_andTheSocketStaysOpenForAGoodOne() throws Exception {
        String token = newAccessToken(); // before the socket opens, as above
        try (SocketClient client = opened()) {
            client.send("40{bad");
            String refused = client.next(WAIT);
            assertThat(refused).startsWith("44");
            assertThat(SocketClient.parse(refused.substring(2)).path("data").path("code").asText())
                    .isEqualTo("validation_error");
            client.send("40{\"token\":\"" + token + "\"}");
            assertThat(client.next(WAIT)).startsWith("40{");
            assertThat(client.isClosed()).isFalse();
        }
    }

    @Test
    void givenApiKeyInTheAuthObject_thenConnectsUntilRevoked() throws Exception {
        String access = newAccessToken();
        io.restassured.path.json.JsonPath key = io.restassured.RestAssured.given()
                .header("Authorization", "Bearer " + access).contentType(io.restassured.http.ContentType.JSON)
                .body(Map.of("name", "sio")).when().post("/v1/users/me/api-keys")
                .then().statusCode(201).extract().jsonPath();
        try (SocketClient client = opened()) {
            client.send("40{\"token\":\"" + key.getString("key") + "\"}");
            assertThat(client.next(WAIT)).startsWith("40{");
        }
        io.restassured.RestAssured.given().header("Authorization", "Bearer " + access).when()
                .delete("/v1/users/me/api-keys/" + key.getString("id")).then().statusCode(204);
        try (SocketClient client = opened()) {
            client.send("40{\"token\":\"" + key.getString("key") + "\"}");
            assertThat(client.next(WAIT)).startsWith("44");
            client.send("42[\"join_session\",{}]");
            assertThat(client.next(WAIT)).contains("system.error").contains("validation_error");
        }
    }

    @Test
    void givenAnOtherNamespace_thenInvalidNamespace() throws Exception {
        String token = newAccessToken(); // before the socket opens, as above
        try (SocketClient client = opened()) {
            client.send("40/admin,{\"token\":\"" + token + "\"}");
            assertThat(client.next(WAIT)).isEqualTo("44/admin,{\"message\":\"Invalid namespace\"}");
        }
    }

    @Test
    void givenEventsWithAckIds_thenAcknowledged_andChatEventsArrive() throws Exception {
        String token = newAccessToken();
        String id = newSession(token, "sio");
        try (SocketClient client = connected(token)) {
            client.send("421[\"join_session\",{\"session_uuid\":\"" + id + "\"}]");
            String established = client.await(frame -> frame.contains("connection.established"), WAIT);
            assertThat(established).startsWith("42[\"chat_event\",");
            String ack = client.await(frame -> frame.startsWith("431"), WAIT);
            JsonNode ackArgs = SocketClient.parse(ack.substring(3));
            assertThat(ackArgs.get(0).path("ok").asBoolean()).isTrue();
            assertThat(ackArgs.get(0).path("session_id").asText()).isEqualTo(id);

            client.send("42[\"chat_message\",{\"session_uuid\":\"" + id + "\",\"content\":{\"command\":\"workspace_info\"}}]");
            String info = client.await(frame -> frame.contains("connection.workspace_info"), WAIT);
            JsonNode args = SocketClient.parse(info.substring(2));
            assertThat(args.get(0).asText()).isEqualTo("chat_event");
            assertThat(args.get(1).path("seq").asLong()).isEqualTo(1);

            client.send("427[\"chat_message\",{\"content\":{\"command\":\"teleport\"}}]");
            String nack = client.await(frame -> frame.startsWith("437"), WAIT);
            assertThat(SocketClient.parse(nack.substring(3)).get(0).path("ok").asBoolean()).isFalse();
        }
    }

    @Test
    void givenAClientThatNeverAnswersPings_thenItIsClosedAfterIntervalPlusTimeout() throws Exception {
        try (SocketClient client = connected(newAccessToken())) {
            assertThat(client.await("2"::equals, Duration.ofSeconds(5))).isEqualTo("2");
            assertThat(client.awaitClose(Duration.ofSeconds(10))).isEqualTo(4408);
        }
    }

    @Test
    void givenAnEngineIoVersionOtherThan4_thenClosed() throws Exception {
        String url = socketIoUrl().replace("EIO=4", "EIO=3");
        try (SocketClient client = SocketClient.connect(url, Map.of())) {
            assertThat(client.awaitClose(WAIT)).isEqualTo(4400);
        }
    }

    @Test
    void givenTerminalEvents_thenTheyAreSocketIoEventsOfTheirOwn_withAcks() throws Exception {
        String token = newAccessToken();
        String id = newSession(token, "sio terminal");
        try (SocketClient client = connected(token)) {
            client.send("42[\"join_session\",{\"session_uuid\":\"" + id + "\"}]");
            client.await(frame -> frame.contains("connection.established"), WAIT);

            client.send("425[\"pty_create\",{\"terminal_id\":\"t\"}]");
            JsonNode error = SocketClient.parse(client.await(frame -> frame.startsWith("42[\"pty_error\""), WAIT).substring(2));
            assertThat(error.get(1).path("terminal_id").asText()).isEqualTo("t");
            assertThat(error.get(1).path("code").asText()).isEqualTo("sandbox_not_found");
            JsonNode ack = SocketClient.parse(client.await(frame -> frame.startsWith("435"), WAIT).substring(3));
            assertThat(ack.get(0).path("ok").asBoolean()).isFalse();
            assertThat(ack.get(0).path("code").asText()).isEqualTo("sandbox_not_found");
        }
    }

    private static SocketClient opened() throws InterruptedException {
        SocketClient client = SocketClient.connect(socketIoUrl(), Map.of());
        assertThat(client.next(WAIT)).startsWith("0{");
        return client;
    }

    private static SocketClient connected(String token) throws InterruptedException {
        SocketClient client = opened();
        client.send("40{\"token\":\"" + token + "\"}");
        assertThat(client.next(WAIT)).startsWith("40{");
        return client;
    }
}
