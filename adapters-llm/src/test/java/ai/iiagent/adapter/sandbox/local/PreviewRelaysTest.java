package ai.iiagent.adapter.sandbox.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.shared.NotFoundException;
import ai.iiagent.domain.shared.ValidationException;
import ai.iiagent.port.out.sandbox.SandboxPreviewPort;
import ai.iiagent.port.out.sandbox.ShellCommand;
import ai.iiagent.port.out.sandbox.ShellOutput;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Preview relays on real bubblewrap: a server in a persistent shell is reachable from the host, nothing else is. */
class PreviewRelaysTest {

    private final SandboxFixture fixture = new SandboxFixture();
    private final PreviewRelays previews = fixture.sandbox.previews();
    private final SessionId session = SessionId.random();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @AfterEach
    void cleanUp() throws Exception {
        previews.closeAll();
        fixture.close();
    }

    private ShellOutput shell(SessionId owner, String name, String command) {
        return fixture.sandbox.shells().run(owner, new ShellCommand(name, command, Duration.ofSeconds(20), true),
                fixture.reservation);
    }

    private void startServer(SessionId owner, String shellName, int port, String body) throws Exception {
        shell(owner, shellName, "mkdir -p site" + port + " && printf '" + body + "' > site" + port + "/index.html && cd site"
                + port + " && python3 -m http.server " + port + " --bind 127.0.0.1 > /tmp/http.log 2>&1 &");
        awaitListening(owner, shellName, port);
    }

    private void awaitListening(SessionId owner, String shellName, int port) throws Exception {
        for (int i = 0; i < 100; i++) {
            if (shell(owner, shellName, "python3 -c \"import socket; socket.create_connection(('127.0.0.1', " + port
                    + "), 1)\" 2>/dev/null && echo up").output().contains("up")) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the server did not start");
    }

    private HttpResponse<String> get(InetSocketAddress relay, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + relay.getPort() + path))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void givenAServerInAShell_whenRelayed_thenTheHostReachesIt_andTheRelayIsReusedWhileItListens() throws Exception {
        startServer(session, "web", 8000, "hello from the sandbox");

        InetSocketAddress relay = previews.relay(session, 8000);
        HttpResponse<String> page = get(relay, "/index.html");

        assertThat(relay.getAddress().isLoopbackAddress()).isTrue();
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).isEqualTo("hello from the sandbox");
        assertThat(previews.relay(session, 8000)).as("same server, same relay").isEqualTo(relay);
        for (int i = 0; i < 20; i++) {
            assertThat(get(relay, "/index.html").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void givenABidirectionalStream_whenRelayed_thenBytesFlowBothWaysUntilTheServerCloses() throws Exception {
        shell(session, "echo", "cat > echo.py <<'EOF'\nimport socket\ns = socket.socket(); s.bind(('127.0.0.1', 9100)); s.listen()\n"
                + "while True:\n    c, _ = s.accept()\n    while True:\n        d = c.recv(100)\n        if not d or d == b'bye\\n':\n"
                + "            break\n        c.sendall(d.upper())\n    c.close()\nEOF\npython3 echo.py &");
        awaitListening(session, "echo", 9100); // the probe's connection is accepted and closed; the server then accepts the next
        InetSocketAddress relay = previews.relay(session, 9100);

        try (Socket socket = new Socket(relay.getAddress(), relay.getPort())) {
            socket.setSoTimeout(5000);
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            out.write("ping\n".getBytes(StandardCharsets.US_ASCII));
            assertThat(new String(in.readNBytes(5), StandardCharsets.US_ASCII)).isEqualTo("PING\n");
            out.write("again\n".getBytes(StandardCharsets.US_ASCII));
            assertThat(new String(in.readNBytes(6), StandardCharsets.US_ASCII)).isEqualTo("AGAIN\n");
            out.write("bye\n".getBytes(StandardCharsets.US_ASCII));
            assertThat(in.read()).as("the server closed, so does the relay").isEqualTo(-1);
        }
    }

    @Test
    void givenNothingListening_orAnotherSessionsServer_thenNotListening_andBadPortsAreRefused() throws Exception {
        startServer(session, "web", 8001, "mine");
        SessionId other = SessionId.random();
        shell(other, "main", "true");

        assertThatThrownBy(() -> previews.relay(other, 8001)).isInstanceOf(NotFoundException.class)
                .extracting(e -> ((NotFoundException) e).code().value()).isEqualTo(SandboxPreviewPort.NOT_LISTENING.value());
        assertThatThrownBy(() -> previews.relay(session, 8002)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> previews.relay(session, 0)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> previews.relay(session, 70_000)).isInstanceOf(ValidationException.class);
        assertThat(get(previews.relay(session, 8001), "/index.html").body()).isEqualTo("mine");
    }

    @Test
    void givenARelay_thenTheSandboxStillHasNoNetwork_norAWayToTheRelay() throws Exception {
        startServer(session, "web", 8003, "x");
        InetSocketAddress relay = previews.relay(session, 8003);

        ShellOutput probe = shell(session, "probe", "python3 -c \"import socket; socket.create_connection(('127.0.0.1', "
                + relay.getPort() + "), 2)\" 2>/dev/null && echo reached || echo refused; awk -F: 'NR > 2 {print $1}' /proc/net/dev | tr -d ' '");

        assertThat(probe.output()).contains("refused").doesNotContain("reached");
        assertThat(probe.output().strip()).isEqualTo("refused\nlo");
    }

    @Test
    void givenTheServerStops_thenTheRelayIsDropped_andARestartedServerInAnotherShellIsFound() throws Exception {
        startServer(session, "one", 8004, "first");
        assertThat(get(previews.relay(session, 8004), "/index.html").body()).isEqualTo("first");

        fixture.sandbox.shells().closeAll(session);
        assertThatThrownBy(() -> previews.relay(session, 8004)).isInstanceOf(NotFoundException.class);

        startServer(session, "two", 8004, "second");
        assertThat(get(previews.relay(session, 8004), "/index.html").body()).isEqualTo("second");
    }

    @Test
    void givenARelayCheckedMomentsAgo_whenItsServerExitsWhileTheShellLives_thenTheFirstUnansweredConnectionMakesTheNextPreviewLookAgain()
            throws Exception {
        PreviewRelays trusting = new PreviewRelays(fixture.sandbox, Duration.ofMinutes(10));
        try {
            startServer(session, "web", 8006, "short-lived");
            InetSocketAddress relay = trusting.relay(session, 8006);
            assertThat(get(relay, "/index.html").body()).isEqualTo("short-lived");

            shell(session, "web", "pkill -f 'http.server 8006'; while pgrep -f 'http.server 8006' > /dev/null; do sleep 0.1; done");

            assertThat(trusting.relay(session, 8006)).as("seen listening moments ago: trusted, not looked at again").isEqualTo(relay);
            assertThatThrownBy(() -> get(relay, "/index.html")).as("nothing answers behind the relay").isInstanceOf(IOException.class);
            assertThat(notListeningWithin(trusting, 8006, Duration.ofSeconds(10)))
                    .as("the relay reported the unanswered connection, so the port is looked at again").isTrue();
        } finally {
            trusting.closeAll();
        }
    }

    private boolean notListeningWithin(PreviewRelays relays, int port, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                relays.relay(session, port);
            } catch (NotFoundException expected) {
                return true;
            }
            Thread.sleep(50);
        }
        return false;
    }

    @Test
    void givenTheSandboxIsDestroyed_thenItsRelaysStop() throws Exception {
        startServer(session, "web", 8005, "x");
        InetSocketAddress relay = previews.relay(session, 8005);

        fixture.sandbox.destroy(session);

        Thread.sleep(300);
        assertThatThrownBy(() -> get(relay, "/")).isInstanceOf(IOException.class);
    }
}
