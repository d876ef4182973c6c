package ai.iiagent.adapter.browser;

import static org.assertj.core.api.Assertions.assertThat;

import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.port.out.tools.ToolOutcome;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The browser cannot reach the server's own network: a page on the (allow-listed) test site tries the
 * loopback canary, private and metadata addresses by {@code <img>}, {@code <iframe>}, {@code fetch()},
 * a redirect, WebSocket and TLS, and the agent tries them by navigation; the canary gets no connection
 * at all while the allowed site keeps working. The proxy itself forwards one checked request per
 * connection, so a second request smuggled onto a kept-alive connection goes nowhere.
 */
class BrowserEgressTest {

    private static BrowserFixture fixture;

    @BeforeAll
    static void start() throws Exception {
        fixture = new BrowserFixture();
    }

    @AfterAll
    static void stop() throws Exception {
        fixture.close();
    }

    @Test
    void givenAPageReachingForInternalTargets_whenLoaded_thenNothingReachesTheCanaryAndThePageStillWorks() throws Exception {
        SessionId session = SessionId.random();
        long refusedBefore = fixture.proxy.refusedCount();
        ToolOutcome page = fixture.call(session, "browser_navigation", Map.of("url", fixture.site.url("/attack.html")));
        assertThat(page.error()).as(page.text()).isFalse();
        assertThat(page.text()).contains("Title: Attack page").contains("attack page loaded");
        fixture.call(session, "browser_wait", Map.of("seconds", 2));
        assertThat(fixture.canary.connections()).isZero();
        // img, iframe (localhost by name), fetch ×3 + the redirect's second hop, two WebSockets, TLS
        assertThat(fixture.proxy.refusedCount() - refusedBefore).isGreaterThanOrEqualTo(8);
    }

    @Test
    void givenInternalAddresses_whenTheAgentNavigatesThere_thenEachIsRefusedWithTheReason() throws Exception {
        SessionId session = SessionId.random();
        int canary = fixture.canary.port();
        for (String url : List.of("http://127.0.0.1:" + canary + "/", "http://localhost:" + canary + "/",
                "http://[::1]:" + canary + "/", "http://169.254.169.254/latest/meta-data/", "http://10.0.0.1/",
                "http://192.168.0.1/", "http://0x7f.1:" + canary + "/", "file:///etc/passwd")) {
            ToolOutcome refused = fixture.call(session, "browser_navigation", Map.of("url", url));
            assertThat(refused.error()).as(url).isTrue();
            assertThat(refused.display()).as(url).containsEntry("error", "destination_refused");
        }
        ToolOutcome tab = fixture.call(session, "browser_open_new_tab", Map.of("url", "http://127.0.0.1:" + canary + "/"));
        assertThat(tab.error()).isTrue();
        assertThat(fixture.canary.connections()).isZero();
        ToolOutcome allowed = fixture.call(session, "browser_navigation", Map.of("url", fixture.site.url("/tab.html")));
        assertThat(allowed.text()).contains("Title: Second tab");
    }

    @Test
    void givenAnAllowedPageRedirectingInside_whenNavigated_thenTheRedirectIsRefusedByTheProxy() throws Exception {
        SessionId session = SessionId.random();
        ToolOutcome page = fixture.call(session, "browser_navigation", Map.of("url",
                fixture.site.url("/redirect?to=http://127.0.0.1:" + fixture.canary.port() + "/secret")));
        assertThat(page.text()).contains("refused by the SSRF rules");
        assertThat(fixture.canary.connections()).isZero();
    }

    @Test
    void givenTheProxy_whenASecondRequestIsPipelinedOrATunnelAskedInside_thenOnlyTheCheckedOneIsForwarded() throws Exception {
        int canary = fixture.canary.port();
        int proxyPort = Integer.parseInt(fixture.proxy.address().substring(fixture.proxy.address().lastIndexOf(':') + 1));
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), proxyPort)) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + fixture.site.url("/tab.html") + " HTTP/1.1\r\nHost: 127.0.0.1:" + fixture.site.port()
                    + "\r\nConnection: keep-alive\r\n\r\nGET http://127.0.0.1:" + canary + "/ HTTP/1.1\r\nHost: 127.0.0.1:"
                    + canary + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            assertThat(answer).startsWith("HTTP/1.1 200").contains("Second tab");
        }
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), proxyPort)) {
            socket.getOutputStream().write(("CONNECT 127.0.0.1:" + canary + " HTTP/1.1\r\nHost: 127.0.0.1:" + canary
                    + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            InputStream in = socket.getInputStream();
            assertThat(new String(in.readAllBytes(), StandardCharsets.ISO_8859_1)).startsWith("HTTP/1.1 403")
                    .contains("loopback");
        }
        Thread.sleep(300);
        assertThat(fixture.canary.connections()).isZero();
    }
}
