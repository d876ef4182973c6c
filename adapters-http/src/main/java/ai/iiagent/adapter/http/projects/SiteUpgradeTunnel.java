package ai.iiagent.adapter.http.projects;

import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.net.NetClient;
import io.vertx.core.net.NetClientOptions;
import io.vertx.core.net.NetSocket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * A deployed server app's WebSocket (docs/projects.md "Deploy"): the upgrade request is sent to the
 * site's server through its relay (or to the node serving the site); when the server switches protocols, its 101 (with its
 * {@code Sec-WebSocket-Accept} and chosen subprotocol) goes to the browser and from then on the two
 * connections are joined byte for byte, frames untouched. Any other answer is passed on as its status.
 */
final class SiteUpgradeTunnel {

    /** An upstream answer head larger than this is refused (a server sends a few hundred bytes). */
    private static final int MAX_HEAD = 16 * 1024;
    private static final byte[] END_OF_HEAD = "\r\n\r\n".getBytes(StandardCharsets.US_ASCII);

    private final NetClient net;

    SiteUpgradeTunnel(Vertx vertx) {
        net = vertx.createNetClient(new NetClientOptions().setConnectTimeout(5_000).setTcpNoDelay(true));
    }

    static boolean isWebSocketUpgrade(HttpServerRequest request) {
        return "websocket".equalsIgnoreCase(request.getHeader("Upgrade"));
    }

    /**
     * Opens the tunnel. {@code headers} are the request headers to send (already filtered: no hop-by-hop,
     * no app credentials); {@code failed} answers the browser when the server cannot be reached.
     */
    void open(HttpServerRequest request, String host, int port, String uri, MultiMap headers, boolean dropCookies,
              Consumer<String> failed) {
        net.connect(port, host).onComplete(connected -> {
            if (connected.failed()) {
                request.resume();
                failed.accept("the site's server did not answer");
                return;
            }
            NetSocket upstream = connected.result();
            StringBuilder head = new StringBuilder("GET ").append(uri).append(" HTTP/1.1\r\n");
            headers.forEach(h -> head.append(h.getKey()).append(": ").append(h.getValue()).append("\r\n"));
            head.append("Connection: Upgrade\r\nUpgrade: websocket\r\n\r\n");
            Buffer answer = Buffer.buffer();
            upstream.handler(chunk -> {
                answer.appendBuffer(chunk);
                int end = indexOf(answer, END_OF_HEAD);
                if (end < 0 && answer.length() > MAX_HEAD) {
                    upstream.close();
                    request.resume();
                    failed.accept("the site's server sent no answer head");
                } else if (end >= 0) {
                    upstream.pause();
                    upstream.handler(null);
                    answered(request, upstream, answer.getString(0, end, "ISO-8859-1"),
                            answer.getBuffer(end + END_OF_HEAD.length, answer.length()), dropCookies);
                }
            });
            upstream.write(Buffer.buffer(head.toString().getBytes(StandardCharsets.ISO_8859_1)));
        });
    }

    private static void answered(HttpServerRequest request, NetSocket upstream, String head, Buffer rest,
                                 boolean dropCookies) {
        String[] lines = head.split("\r\n");
        String[] status = lines[0].split(" ", 3);
        int code = status.length > 1 && status[1].matches("\\d{3}") ? Integer.parseInt(status[1]) : 502;
        HttpServerResponse response = request.response();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                String name = lines[i].substring(0, colon).trim();
                String lower = name.toLowerCase(Locale.ROOT);
                boolean kept = code == 101 ? !lower.equals("content-length") && !lower.equals("transfer-encoding")
                        : lower.equals("content-type");
                if (kept && !(dropCookies && lower.equals("set-cookie"))) {
                    response.headers().add(name, lines[i].substring(colon + 1).trim());
                }
            }
        }
        request.resume();
        if (code != 101) {
            upstream.close();
            response.setStatusCode(code).end();
            return;
        }
        request.toNetSocket().onComplete(tunnel -> {
            if (tunnel.failed()) {
                upstream.close();
                return;
            }
            NetSocket browser = tunnel.result();
            if (rest.length() > 0) {
                browser.write(rest);
            }
            upstream.pipeTo(browser);
            browser.pipeTo(upstream);
        });
    }

    private static int indexOf(Buffer buffer, byte[] needle) {
        outer:
        for (int i = 0; i <= buffer.length() - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (buffer.getByte(i + j) != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
