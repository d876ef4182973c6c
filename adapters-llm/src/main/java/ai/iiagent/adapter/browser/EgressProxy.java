package ai.iiagent.adapter.browser;

import ai.iiagent.adapter.net.CheckedDestination;
import ai.iiagent.adapter.net.DestinationRefusedException;
import ai.iiagent.adapter.net.SsrfGuard;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * The browser's only way out: an HTTP proxy on loopback (plain forwarding and {@code CONNECT}
 * tunnels, which also carry WebSockets) that checks every request's destination with the same
 * {@link SsrfGuard} as {@code web_visit} and connects to exactly the address the guard approved, so
 * a DNS answer cannot change between check and connect. Each client connection carries one request
 * (the upstream is told {@code Connection: close} and nothing more the client sends is forwarded),
 * so every request, redirects included, is checked on its own. A refusal is a {@code 403} whose body
 * says why. Chromium must be told to send loopback through it too ({@code --proxy-bypass-list=<-loopback>}).
 */
public final class EgressProxy implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(EgressProxy.class);
    private static final int MAX_HEAD_BYTES = 64 * 1024;

    private final SsrfGuard guard;
    private final Duration connectTimeout;
    private final Duration idleTimeout;
    private final ServerSocket server;
    private final ExecutorService connections = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("browser-egress-", 0).factory());
    private final AtomicLong refused = new AtomicLong();

    /** Starts listening on an ephemeral loopback port. */
    public EgressProxy(SsrfGuard guard, Duration connectTimeout, Duration idleTimeout) throws IOException {
        this.guard = guard;
        this.connectTimeout = connectTimeout;
        this.idleTimeout = idleTimeout;
        this.server = new ServerSocket(0, 200, InetAddress.getLoopbackAddress());
        Thread.ofPlatform().daemon().name("browser-egress-accept").start(this::accept);
    }

    /** The address to give Chromium's {@code --proxy-server}. */
    public String address() {
        return "http://127.0.0.1:" + server.getLocalPort();
    }

    /** How many requests were refused so far (for tests and diagnostics). */
    public long refusedCount() {
        return refused.get();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                connections.execute(() -> serve(client));
            } catch (IOException e) {
                if (!server.isClosed()) {
                    LOG.debugf("browser egress proxy accept failed: %s", e.getMessage());
                }
            }
        }
    }

    private void serve(Socket client) {
        try (client) {
            client.setSoTimeout((int) idleTimeout.toMillis());
            InputStream in = client.getInputStream();
            RequestHead head = RequestHead.read(in, MAX_HEAD_BYTES);
            if (head == null) {
                return;
            }
            if (head.method().equals("CONNECT")) {
                tunnel(client, in, head);
            } else {
                forward(client, in, head);
            }
        } catch (IOException | RuntimeException e) {
            LOG.debugf("browser egress connection ended: %s", e.getMessage());
        }
    }

    private void tunnel(Socket client, InputStream in, RequestHead head) throws IOException {
        CheckedDestination destination = check(client, "https://" + head.target() + "/");
        if (destination == null) {
            return;
        }
        try (Socket upstream = connect(destination)) {
            if (upstream == null) {
                ProxySockets.answer(client, 502, "could not connect to " + head.target());
                return;
            }
            client.getOutputStream().write("HTTP/1.1 200 Connection established\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            client.getOutputStream().flush();
            Thread back = Thread.ofVirtual().start(() -> ProxySockets.copy(ProxySockets.in(upstream),
                    ProxySockets.out(client), client, upstream));
            ProxySockets.copy(in, upstream.getOutputStream(), client, upstream);
            ProxySockets.join(back);
        }
    }

    private void forward(Socket client, InputStream in, RequestHead head) throws IOException {
        CheckedDestination destination = check(client, head.target());
        if (destination == null) {
            return;
        }
        long body = head.contentLength();
        if (body < 0) {
            ProxySockets.answer(client, 411, "request bodies must have a Content-Length");
            return;
        }
        try (Socket upstream = connect(destination)) {
            if (upstream == null) {
                ProxySockets.answer(client, 502, "could not connect to " + destination.host());
                return;
            }
            OutputStream out = upstream.getOutputStream();
            out.write(head.originForm(destination.uri()).getBytes(StandardCharsets.ISO_8859_1));
            ProxySockets.copyExactly(in, out, body);
            out.flush();
            // the answer goes back as it comes; the client's next request needs a new, newly checked connection
            ProxySockets.copy(upstream.getInputStream(), client.getOutputStream(), client, upstream);
        }
    }

    /** The checked destination, or null after answering the client with a 403 (or 400) saying why. */
    private CheckedDestination check(Socket client, String target) throws IOException {
        try {
            return guard.check(new URI(target));
        } catch (DestinationRefusedException e) {
            refused.incrementAndGet();
            ProxySockets.answer(client, 403, "refused by the SSRF rules: " + e.getMessage());
        } catch (URISyntaxException | IllegalArgumentException e) {
            refused.incrementAndGet();
            ProxySockets.answer(client, 400, "not a valid request target");
        } catch (java.net.UnknownHostException e) {
            ProxySockets.answer(client, 502, "unknown host " + e.getMessage());
        }
        return null;
    }

    /** A socket to the first approved address that answers, or null. */
    private Socket connect(CheckedDestination destination) {
        for (InetAddress address : destination.addresses()) {
            Socket socket = new Socket();
            try {
                socket.connect(new InetSocketAddress(address, destination.port()), (int) connectTimeout.toMillis());
                socket.setSoTimeout((int) idleTimeout.toMillis());
                return socket;
            } catch (IOException e) {
                ProxySockets.close(socket);
            }
        }
        return null;
    }

    @Override
    public void close() {
        closeQuietly(server);
        connections.shutdownNow();
    }

    private static void closeQuietly(ServerSocket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // already closed
        }
    }
}
