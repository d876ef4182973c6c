package ai.iiagent.e2e.realtime;

import static ai.iiagent.e2e.realtime.Realtime.WAIT;
import static ai.iiagent.e2e.realtime.Realtime.event;
import static ai.iiagent.e2e.realtime.Realtime.named;
import static ai.iiagent.e2e.realtime.Realtime.nativeClient;
import static ai.iiagent.e2e.realtime.Realtime.newAccessToken;
import static ai.iiagent.e2e.realtime.Realtime.socketIoUrl;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * One documented limit for a client message on both endpoints (2 MiB, also Socket.IO's maxPayload):
 * anything up to it is read, a frame or a fragmented message past it closes the connection with 1009.
 */
@QuarkusTest
class MessageLimitsTest {

    static final int LIMIT = 2 * 1024 * 1024;

    @Test
    void givenTheSocketIoHandshake_thenMaxPayloadIsTheLimitTheServerEnforces() throws Exception {
        try (SocketClient client = SocketClient.connect(socketIoUrl(), Map.of())) {
            String open = client.next(WAIT);
            assertThat(SocketClient.parse(open.substring(1)).path("maxPayload").asLong()).isEqualTo(LIMIT);
        }
    }

    @Test
    void givenAMessageOver64KiBButUnderTheLimit_thenItIsReadAndAnswered() throws Exception {
        try (SocketClient client = nativeClient(newAccessToken())) {
            client.send(Map.of("type", "nonsense", "data", Map.of("pad", "x".repeat(LIMIT / 2))));
            assertThat(event(client.await(named("system.error"), WAIT)).path("content").path("error_code").asText())
                    .isEqualTo("validation_error");
            client.send(Map.of("type", "join_session", "data", Map.of()));
            client.await(named("connection.established"), WAIT);
            assertThat(client.isClosed()).isFalse();
        }
    }

    @Test
    void givenOneFrameOverTheLimit_thenClosedWith1009() throws Exception {
        try (SocketClient client = nativeClient(newAccessToken())) {
            client.send("{\"type\":\"x\",\"pad\":\"" + "x".repeat(LIMIT) + "\"}");
            assertThat(client.awaitClose(WAIT)).isEqualTo(1009);
        }
    }

    @Test
    void givenAFragmentedMessageThatNeverEnds_thenClosedWith1009OnceItPassesTheLimit() throws Exception {
        try (SocketClient client = nativeClient(newAccessToken())) {
            String fragment = "x".repeat(60 * 1024);
            for (int sent = 0; sent <= LIMIT && !client.isClosed(); sent += fragment.length()) {
                client.sendPart(fragment, false);
            }
            assertThat(client.awaitClose(WAIT)).isEqualTo(1009);
        }
    }

    @Test
    void givenSocketIo_whenAMessagePassesTheLimit_thenClosedWith1009() throws Exception {
        String token = newAccessToken(); // signed up before the socket opens: the sign-up must not eat the 1 s auth limit
        try (SocketClient client = SocketClient.connect(socketIoUrl(), Map.of()).answeringEnginePings()) {
            assertThat(client.next(WAIT)).startsWith("0{");
            client.send("40{\"token\":\"" + token + "\"}");
            assertThat(client.next(WAIT)).startsWith("40{");
            client.send("42[\"chat_message\",{\"pad\":\"" + "x".repeat(LIMIT / 2) + "\"}]"); // under the limit: answered
            assertThat(client.next(WAIT)).contains("system.error");
            client.send("42[\"chat_message\",{\"pad\":\"" + "x".repeat(LIMIT) + "\"}]");
            assertThat(client.awaitClose(WAIT)).isEqualTo(1009);
        }
    }
}
