package ai.iiagent.e2e.projects;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import ai.iiagent.adapter.http.projects.PreviewProxy;
import ai.iiagent.domain.credits.BillingSubject;
import ai.iiagent.domain.credits.CreditAccount;
import ai.iiagent.domain.credits.CreditReservation;
import ai.iiagent.domain.credits.Credits;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.port.out.sandbox.SandboxPort;
import ai.iiagent.port.out.sandbox.SandboxShellPort;
import ai.iiagent.port.out.sandbox.ShellCommand;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Previews end to end: a server started in a session's real bubblewrap sandbox is reached through
 * the app's preview listener (HTTP and a WebSocket with a subprotocol, as Vite's HMR uses), only by
 * its owner (grant → cookie) or by anyone once the session is public; the sandbox still reaches
 * nothing outside.
 */
@QuarkusTest
class PreviewProxyTest {

    @Inject
    SandboxPort sandbox;

    @Inject
    SandboxShellPort shells;

    @Inject
    PreviewProxy proxy;

    private final CreditReservation reservation = CreditAccount.open(UserId.random())
            .reserve(Credits.ZERO, 0, BillingSubject.NONE, "preview-test", Instant.now()).reservation();

    record Raw(int status, Map<String, String> headers, String body) {
    }

    @Test
    void givenAServerInTheSandbox_whenTheOwnerOpensThePreview_thenHttpAndWebSocketPassThrough_andOthersGet404()
            throws Exception {
        String owner = newAccessToken();
        String id = createSession(owner);
        startServer(id, 8000);

        JsonPath link = openPreview(owner, id, 8000).then().statusCode(200).extract().jsonPath();
        URI url = URI.create(link.getString("url"));
        URI open = URI.create(link.getString("open_url"));
        String host = url.getHost() + ":" + url.getPort();

        assertThat(url.getHost()).matches("p8000-[0-9a-f]{32}-[0-9a-f]{20}\\.preview\\.localhost");
        assertThat(url.getPort()).isEqualTo(proxy.listeningPort());
        assertThat(url.getHost()).contains(id.replace("-", ""));
        Raw signIn = request(host, "GET " + open.getRawPath() + "?" + open.getRawQuery() + " HTTP/1.1", null);
        assertThat(signIn.status()).isEqualTo(303);
        assertThat(signIn.headers().get("location")).isEqualTo("/");
        String setCookie = signIn.headers().get("set-cookie");
        assertThat(setCookie).startsWith("iiagent_preview=").contains("HttpOnly").contains("Path=/").contains("Partitioned");
        String cookie = setCookie.substring(0, setCookie.indexOf(';'));

        Raw page = request(host, "GET /index.html?x=1 HTTP/1.1", cookie);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).isEqualTo("hello /index.html?x=1 host=" + host);
        Raw posted = request(host, "POST /api HTTP/1.1\r\nContent-Type: text/plain\r\nContent-Length: 5", cookie, "abcde");
        assertThat(posted.body()).isEqualTo("got abcde");
        assertThat(webSocketEcho(host, cookie, "vite-hmr", "hot update")).isEqualTo("echo:hot update");

        // Not signed in, signed in to another preview, a forged label, a host outside the preview domain.
        Raw anonymous = request(host, "GET / HTTP/1.1", null);
        assertThat(anonymous.status()).isEqualTo(404);
        assertThat(anonymous.body()).contains("\"code\":\"preview_not_found\"").doesNotContain("hello");
        startServer(id, 8001);
        String otherCookie = signedInCookie(owner, id, 8001);
        assertThat(request(host, "GET / HTTP/1.1", otherCookie).status()).isEqualTo(404);
        String forged = url.getHost().substring(0, url.getHost().indexOf('.') - 1)
                + (url.getHost().charAt(url.getHost().indexOf('.') - 1) == '0' ? "1" : "0") + ".preview.localhost";
        assertThat(request(forged + ":" + url.getPort(), "GET / HTTP/1.1", cookie).status()).isEqualTo(404);
        assertThat(request("localhost:" + url.getPort(), "GET / HTTP/1.1", cookie).status()).isEqualTo(404);
        Raw badGrant = request(host, "GET " + open.getRawPath() + "?grant=1.00 HTTP/1.1", null);
        assertThat(badGrant.status()).isEqualTo(404);
        assertThat(badGrant.headers()).doesNotContainKey("set-cookie");

        // Another user cannot open it; bad ports and idle ports answer with codes.
        String intruder = newAccessToken();
        openPreview(intruder, id, 8000).then().statusCode(404).body("code", equalTo("session_not_found"));
        openPreview(owner, id, 8002).then().statusCode(404).body("code", equalTo("preview_not_listening"));
        openPreview(owner, id, 0).then().statusCode(400).body("code", equalTo("invalid_port"));
        given().post("/v1/sessions/" + id + "/previews/8000").then().statusCode(401);
    }

    @Test
    void givenAPublicSession_thenItsPreviewNeedsNoSignIn_andTheSiteStillReachesNothingOutside() throws Exception {
        String owner = newAccessToken();
        String id = createSession(owner);
        startServer(id, 8000);
        URI url = URI.create(openPreview(owner, id, 8000).then().statusCode(200).extract().jsonPath().getString("url"));
        String host = url.getHost() + ":" + url.getPort();
        assertThat(request(host, "GET / HTTP/1.1", null).status()).isEqualTo(404);

        given().header("Authorization", "Bearer " + owner).post("/v1/sessions/" + id + "/publish").then().statusCode(200);

        assertThat(request(host, "GET /public HTTP/1.1", null).body()).isEqualTo("hello /public host=" + host);
        Raw probe = request(host, "GET /probe?127.0.0.1:" + RestAssured.port + ",127.0.0.1:5432,127.0.0.1:" + url.getPort()
                + ",10.0.0.1:80 HTTP/1.1", null);
        assertThat(probe.body()).isEqualTo("127.0.0.1:" + RestAssured.port + "=refused 127.0.0.1:5432=refused 127.0.0.1:"
                + url.getPort() + "=refused 10.0.0.1:80=refused");

        given().header("Authorization", "Bearer " + owner).delete("/v1/sessions/" + id).then().statusCode(200);
        assertThat(request(host, "GET / HTTP/1.1", null).status()).as("a deleted session has no preview").isEqualTo(404);
    }

    private void startServer(String id, int port) throws Exception {
        SessionId session = new SessionId(UUID.fromString(id));
        try (InputStream script = getClass().getResourceAsStream("/projects/preview-server.py")) {
            sandbox.writeFile(session, "preview-server.py", script.readAllBytes(), reservation);
        }
        shells.run(session, new ShellCommand("web" + port, "python3 preview-server.py " + port + " > /tmp/server" + port
                + ".log 2>&1 &", Duration.ofSeconds(20), true), reservation);
        for (int i = 0; i < 100; i++) {
            String ready = shells.run(session, new ShellCommand("web" + port, "python3 -c \"import socket;"
                    + " socket.create_connection(('127.0.0.1', " + port + "), 1)\" 2>/dev/null && echo up || echo down",
                    Duration.ofSeconds(10), true), reservation).output();
            if (ready.contains("up")) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the sandbox server did not start");
    }

    private String signedInCookie(String token, String id, int port) throws IOException {
        URI open = URI.create(openPreview(token, id, port).then().statusCode(200).extract().jsonPath().getString("open_url"));
        Raw signIn = request(open.getHost() + ":" + open.getPort(), "GET " + open.getRawPath() + "?" + open.getRawQuery()
                + " HTTP/1.1", null);
        String setCookie = signIn.headers().get("set-cookie");
        return setCookie.substring(0, setCookie.indexOf(';'));
    }

    private static Response openPreview(String token, String id, int port) {
        return given().header("Authorization", "Bearer " + token).post("/v1/sessions/" + id + "/previews/" + port);
    }

    private static String newAccessToken() {
        return given().contentType(ContentType.JSON)
                .body(Map.of("email", "preview-" + UUID.randomUUID() + "@example.org", "password", "correct horse"))
                .when().post("/auth/local/register").then().statusCode(201).extract().path("access_token");
    }

    private static String createSession(String token) {
        return given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON)
                .body(Map.of("name", "site")).post("/v1/sessions").then().statusCode(201).extract().path("id");
    }

    private Raw request(String host, String startAndHeaders, String cookie) throws IOException {
        return request(host, startAndHeaders, cookie, "");
    }

    // A raw HTTP/1.1 exchange with the preview listener, so the Host header is exactly the one a browser sends.
    private Raw request(String host, String startAndHeaders, String cookie, String body) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", proxy.listeningPort())) {
            socket.setSoTimeout(10_000);
            String head = startAndHeaders + "\r\nHost: " + host + (cookie == null ? "" : "\r\nCookie: " + cookie)
                    + "\r\nConnection: close\r\n\r\n";
            socket.getOutputStream().write((head + body).getBytes(StandardCharsets.UTF_8));
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int end = response.indexOf("\r\n\r\n");
            String[] lines = response.substring(0, end).split("\r\n");
            Map<String, String> headers = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                headers.put(lines[i].substring(0, colon).toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).strip());
            }
            return new Raw(Integer.parseInt(lines[0].split(" ")[1]), headers, response.substring(end + 4));
        }
    }

    private String webSocketEcho(String host, String cookie, String protocol, String text) throws IOException {
        RawUpgrade.Echo echo = RawUpgrade.echo(proxy.listeningPort(), host, "/hmr", "Cookie: " + cookie + "\r\n", protocol,
                text);
        assertThat(echo.head()).startsWith("HTTP/1.1 101").contains("Sec-WebSocket-Protocol: " + protocol);
        return echo.text();
    }
}
