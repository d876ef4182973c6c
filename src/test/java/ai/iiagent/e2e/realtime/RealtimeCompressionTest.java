package ai.iiagent.e2e.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * What the server negotiates when a client offers compression as browsers do
 * ({@code permessage-deflate; client_max_window_bits}): the upgrade succeeds, no extension is
 * accepted, and frames come uncompressed (RSV1 clear), on {@code /ws} and {@code /socket.io/}.
 */
@QuarkusTest
class RealtimeCompressionTest {

    private static final String BROWSER_OFFER = "permessage-deflate; client_max_window_bits";

    @Test
    void givenABrowsersDeflateOffer_thenTheUpgradeSucceedsWithoutCompressionAndFramesArePlain() throws Exception {
        String token = Realtime.newAccessToken();
        for (String path : new String[] {"/ws", "/socket.io/?EIO=4&transport=websocket"}) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("localhost", RestAssured.port), 5000);
                socket.setSoTimeout(10_000);
                byte[] nonce = new byte[16];
                ThreadLocalRandom.current().nextBytes(nonce);
                String request = "GET " + path + " HTTP/1.1\r\nHost: localhost:" + RestAssured.port
                        + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: "
                        + Base64.getEncoder().encodeToString(nonce) + "\r\nSec-WebSocket-Version: 13\r\n"
                        + "Sec-WebSocket-Extensions: " + BROWSER_OFFER + "\r\nAuthorization: Bearer " + token + "\r\n\r\n";
                socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
                InputStream in = socket.getInputStream();
                String head = readHead(in);
                assertThat(head).as(path).startsWith("HTTP/1.1 101");
                assertThat(head.toLowerCase(Locale.ROOT)).as(path).doesNotContain("sec-websocket-extensions");
                // the server speaks first on both endpoints (authenticated / the Engine.IO open packet)
                int first = in.read();
                assertThat(first & 0x40).as(path + ": RSV1 (compressed) bit of the first frame").isZero();
                assertThat(first & 0x0f).as(path + ": a text frame").isEqualTo(1);
            }
        }
    }

    private static String readHead(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.append((char) b);
        }
        return head.toString();
    }
}
