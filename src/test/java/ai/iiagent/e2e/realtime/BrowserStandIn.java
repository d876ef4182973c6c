package ai.iiagent.e2e.realtime;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small web site on loopback for the agent's browser (a page with a form, and a page that tries to
 * reach a canary listener on another loopback port) and that canary. The app's browser may reach
 * exactly the site's {@code 127.0.0.1:port} ({@code browser.allowed-internal}); the canary stays
 * refused like anything else internal.
 */
public class BrowserStandIn implements QuarkusTestResourceLifecycleManager {

    static HttpServer site;
    static ServerSocket canary;
    public static final AtomicInteger CANARY_CONNECTIONS = new AtomicInteger();

    @Override
    public Map<String, String> start() {
        try {
            canary = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            Thread.ofVirtual().start(() -> {
                while (!canary.isClosed()) {
                    try (Socket ignored = canary.accept()) {
                        CANARY_CONNECTIONS.incrementAndGet();
                    } catch (IOException e) {
                        return;
                    }
                }
            });
            site = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
            site.createContext("/", exchange -> {
                String body = switch (exchange.getRequestURI().getPath()) {
                    case "/shop.html" -> "<title>Corner shop</title><h1>Corner shop</h1><p>Fresh bread daily.</p>"
                            + "<label for=q>Search</label><input id=q><button>Find</button>"
                            + "<img src='http://127.0.0.1:" + canary.getLocalPort() + "/pixel.png'>"
                            + "<script>fetch('http://127.0.0.1:" + canary.getLocalPort() + "/steal').catch(() => {})</script>";
                    default -> "<title>Not here</title>";
                };
                byte[] bytes = ("<!doctype html><html><body>" + body + "</body></html>").getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
                exchange.sendResponseHeaders(200, bytes.length);
                exchange.getResponseBody().write(bytes);
                exchange.close();
            });
            site.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of("browser.allowed-internal", "127.0.0.1:" + site.getAddress().getPort(),
                "browser.price-usd", "0.003");
    }

    public static String url(String path) {
        return "http://127.0.0.1:" + site.getAddress().getPort() + path;
    }

    @Override
    public void stop() {
        if (site != null) {
            site.stop(0);
        }
        try {
            if (canary != null) {
                canary.close();
            }
        } catch (IOException e) {
            // closing anyway
        }
    }
}
