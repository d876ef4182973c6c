package ai.iiagent.adapter.http.projects;

import ai.iiagent.adapter.http.shared.ProblemDetail;
import ai.iiagent.adapter.http.shared.ProblemStatus;
import ai.iiagent.domain.shared.DomainException;
import ai.iiagent.port.in.projects.PreviewRoute;
import ai.iiagent.port.in.projects.PreviewUseCase;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.net.NetClient;
import io.vertx.core.net.NetClientOptions;
import io.vertx.core.net.NetServer;
import io.vertx.core.net.NetServerOptions;
import io.vertx.core.net.NetSocket;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The app's preview listener (docs/projects.md "Preview"): its own port, one origin per preview,
 * {@code <label>.<PREVIEW_BASE_DOMAIN>}. It reads the head of the first request of a connection,
 * asks {@link PreviewUseCase#route} where the Host's label goes (owner cookie or public session),
 * then joins the connection byte for byte to the relay that reaches the port inside the sandbox:
 * HTTP/1.1 keep-alive, streaming and WebSocket upgrades (hot reload) pass through untouched. It
 * never connects anywhere but to a relay the sandbox adapter answered. The sign-in path exchanges
 * a grant for the origin's cookie; every refusal is a problem+json 404 {@code preview_not_found}.
 */
@ApplicationScoped
public class PreviewProxy {

    private static final Logger LOG = Logger.getLogger(PreviewProxy.class);
    private static final int MAX_HEAD = 16 * 1024;
    private static final byte[] END_OF_HEAD = "\r\n\r\n".getBytes(StandardCharsets.US_ASCII);

    private final Vertx vertx;
    private final Provider<PreviewUseCase> previews;
    private final ObjectMapper json;
    private final int port;
    private final String host;
    private final String baseDomain;
    private final int publicPort;
    private final String scheme;
    private volatile NetServer server;
    private volatile NetClient client;

    @Inject
    PreviewProxy(Vertx vertx, Provider<PreviewUseCase> previews, ObjectMapper json,
                 @ConfigProperty(name = "preview.port", defaultValue = "8081") int port,
                 @ConfigProperty(name = "preview.host", defaultValue = "0.0.0.0") String host,
                 @ConfigProperty(name = "preview.base-domain", defaultValue = "preview.localhost") String baseDomain,
                 @ConfigProperty(name = "preview.public-port", defaultValue = "0") int publicPort,
                 @ConfigProperty(name = "preview.public-scheme", defaultValue = "http") String scheme) {
        this.vertx = vertx;
        this.previews = previews;
        this.json = json;
        this.port = port;
        this.host = host;
        this.baseDomain = baseDomain.strip().toLowerCase(Locale.ROOT);
        this.publicPort = publicPort;
        this.scheme = scheme;
    }

    void start(@Observes StartupEvent started) throws Exception {
        if (port < 0) {
            LOG.info("previews: off (PREVIEW_PORT < 0)");
            return;
        }
        client = vertx.createNetClient(new NetClientOptions().setConnectTimeout(5_000).setTcpNoDelay(true));
        NetServer listening = vertx.createNetServer(new NetServerOptions().setHost(host).setPort(port).setTcpNoDelay(true)
                .setIdleTimeout(600).setIdleTimeoutUnit(TimeUnit.SECONDS));
        listening.connectHandler(this::accept);
        server = listening.listen().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        LOG.infof("previews: listening on %s:%d for *.%s", host, server.actualPort(), baseDomain);
    }

    void stop(@Observes ShutdownEvent stopped) {
        if (server != null) {
            server.close();
        }
        if (client != null) {
            client.close();
        }
    }

    /** The port the listener is bound to (the configured one, or the one the system chose for port 0). */
    public int listeningPort() {
        NetServer current = server;
        return current == null ? -1 : current.actualPort();
    }

    /** The origin of the preview named {@code label}, ending in {@code /}. */
    public URI originOf(String label) {
        int shown = publicPort > 0 ? publicPort : listeningPort();
        boolean defaultPort = shown == ("https".equals(scheme) ? 443 : 80);
        return URI.create(scheme + "://" + label + "." + baseDomain + (defaultPort ? "" : ":" + shown) + "/");
    }

    private void accept(NetSocket socket) {
        Buffer head = Buffer.buffer();
        socket.exceptionHandler(failure -> socket.close());
        socket.handler(chunk -> {
            head.appendBuffer(chunk);
            int end = indexOf(head, END_OF_HEAD);
            if (end < 0) {
                if (head.length() > MAX_HEAD) {
                    socket.handler(null);
                    reply(socket, 431, "Request header fields too large", "preview_head_too_large", "The request head is too large.");
                }
                return;
            }
            socket.handler(null);
            socket.pause();
            Request request = Request.parse(head.getString(0, end, "ISO-8859-1"));
            if (request == null) {
                reply(socket, 400, "Bad request", "preview_bad_request", "Not an HTTP/1.1 request.");
                return;
            }
            handle(socket, head, request);
        });
    }

    private void handle(NetSocket socket, Buffer head, Request request) {
        String label = label(request.host());
        if (label == null) {
            reply(socket, 404, "Not found", PreviewUseCase.NOT_FOUND.value(), "No such preview.");
            return;
        }
        if (request.path().equals(PreviewUseCase.SIGN_IN_PATH)) {
            vertx.executeBlocking(() -> previews.get().signIn(label, request.query("grant")), false).onComplete(done -> {
                if (done.failed()) {
                    fail(socket, done.cause());
                } else {
                    redirectWithCookie(socket, done.result());
                }
            });
            return;
        }
        vertx.executeBlocking(() -> previews.get().route(label, request.cookie(PreviewUseCase.COOKIE)), false)
                .onComplete(done -> {
                    if (done.failed()) {
                        fail(socket, done.cause());
                        return;
                    }
                    PreviewRoute route = done.result();
                    client.connect(route.relay().getPort(), route.relay().getHostString()).onComplete(connected -> {
                        if (connected.failed()) {
                            reply(socket, 502, "Bad gateway", "preview_unreachable", "The preview server did not answer.");
                            return;
                        }
                        NetSocket upstream = connected.result();
                        upstream.write(head);
                        socket.pipeTo(upstream);
                        upstream.pipeTo(socket);
                    });
                });
    }

    private String label(String hostHeader) {
        if (hostHeader == null) {
            return null;
        }
        String name = hostHeader.strip().toLowerCase(Locale.ROOT);
        int colon = name.lastIndexOf(':');
        if (colon > 0 && name.indexOf(']') < colon) {
            name = name.substring(0, colon);
        }
        if (name.endsWith(".")) {
            name = name.substring(0, name.length() - 1);
        }
        String suffix = "." + baseDomain;
        if (!name.endsWith(suffix)) {
            return null;
        }
        String label = name.substring(0, name.length() - suffix.length());
        return label.isEmpty() || label.contains(".") ? null : label;
    }

    private void fail(NetSocket socket, Throwable cause) {
        if (cause instanceof DomainException domain) {
            ProblemStatus status = ProblemStatus.of(domain);
            reply(socket, status.status(), status.title(), domain.code().value(), domain.getMessage());
        } else {
            LOG.warnf(cause, "preview: could not route a request");
            reply(socket, 502, "Bad gateway", "preview_unreachable", "The preview could not be reached.");
        }
    }

    // Partitioned (CHIPS): browsers that block third-party cookies (Chromium does by default) keep it for the
    // preview framed in the app's page; opened in its own tab it gets a partition of its own.
    private void redirectWithCookie(NetSocket socket, String cookie) {
        String response = "HTTP/1.1 303 See Other\r\nLocation: /\r\nSet-Cookie: " + PreviewUseCase.COOKIE + "=" + cookie
                + "; Path=/; Max-Age=43200; HttpOnly; SameSite=None; Secure; Partitioned\r\nCache-Control: no-store\r\n"
                + "Content-Length: 0\r\nConnection: close\r\n\r\n";
        socket.end(Buffer.buffer(response, "ISO-8859-1"));
    }

    private void reply(NetSocket socket, int status, String title, String code, String detail) {
        String body;
        try {
            body = json.writeValueAsString(ProblemDetail.of(status, title, code, detail, null, null));
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String response = "HTTP/1.1 " + status + " " + title + "\r\nContent-Type: " + ProblemDetail.MEDIA_TYPE
                + "\r\nContent-Length: " + bytes.length + "\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n";
        socket.write(Buffer.buffer(response, "ISO-8859-1"));
        socket.end(Buffer.buffer(bytes));
    }

    private static int indexOf(Buffer buffer, byte[] needle) {
        int limit = buffer.length() - needle.length;
        outer:
        for (int i = 0; i <= limit; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (buffer.getByte(i + j) != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** The parts of a request head the proxy reads. */
    record Request(String path, String rawQuery, String host, String cookies) {

        static Request parse(String head) {
            String[] lines = head.split("\r\n");
            String[] start = lines[0].split(" ");
            if (start.length != 3 || !start[2].startsWith("HTTP/1.") || !start[1].startsWith("/")) {
                return null;
            }
            String host = null;
            StringBuilder cookies = new StringBuilder();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                if (colon <= 0) {
                    return null;
                }
                String name = lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT);
                String value = lines[i].substring(colon + 1).strip();
                if (name.equals("host")) {
                    if (host != null) {
                        return null; // two Host headers: refuse rather than guess
                    }
                    host = value;
                } else if (name.equals("cookie")) {
                    cookies.append(cookies.isEmpty() ? "" : "; ").append(value);
                }
            }
            int question = start[1].indexOf('?');
            String path = question < 0 ? start[1] : start[1].substring(0, question);
            String query = question < 0 ? "" : start[1].substring(question + 1);
            return new Request(path, query, host, cookies.toString());
        }

        String query(String name) {
            for (String pair : rawQuery.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0 && pair.substring(0, eq).equals(name)) {
                    return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                }
            }
            return null;
        }

        String cookie(String name) {
            for (String pair : cookies.split(";")) {
                int eq = pair.indexOf('=');
                if (eq > 0 && pair.substring(0, eq).strip().equals(name)) {
                    return pair.substring(eq + 1).strip();
                }
            }
            return null;
        }
    }
}
