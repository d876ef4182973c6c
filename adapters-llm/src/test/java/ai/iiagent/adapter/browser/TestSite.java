package ai.iiagent.adapter.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** The pages the browser tests drive, served on loopback: a form, a dropdown, tabs, a long page, a slow page, a download, an attack page. */
final class TestSite implements AutoCloseable {

    private final HttpServer server;
    private final int canaryPort;

    TestSite(int canaryPort) throws IOException {
        this.canaryPort = canaryPort;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        server.createContext("/", this::handle);
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    String url(String path) {
        return "http://127.0.0.1:" + port() + path;
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
        switch (path) {
            case "/form.html" -> html(exchange, FORM);
            case "/submit" -> html(exchange, "<title>Thanks</title><p>Hello " + escape(query.get("name")) + " from "
                    + escape(query.get("city")) + " who likes " + escape(query.get("color")) + "</p>");
            case "/tab.html" -> html(exchange, "<title>Second tab</title><p>This is the second tab.</p>");
            case "/long.html" -> html(exchange, "<title>Long</title><script>onscroll = () => document.title ="
                    + " 'scrolled ' + Math.round(scrollY);</script><p>TOP</p><div style='height:5000px'></div><p>BOTTOM</p>");
            case "/keys.html" -> html(exchange, "<title>Keys</title><input id=k autofocus onkeydown=\"document.title="
                    + "'key ' + event.key\"><script>setTimeout(() => document.getElementById('later').textContent ="
                    + " 'ready now', 800)</script><p id=later>not yet</p>");
            case "/drag.html" -> html(exchange, DRAG);
            case "/slow.html" -> {
                pause(Long.parseLong(query.getOrDefault("ms", "0")));
                html(exchange, "<title>Slow</title><p>Served late.</p>");
            }
            case "/storage.html" -> html(exchange, "<title>Storage</title><script>document.title = 'stored='"
                    + " + localStorage.getItem('k'); localStorage.setItem('k', 'mine');</script>");
            case "/file.csv" -> {
                exchange.getResponseHeaders().add("Content-Disposition", "attachment; filename=\"report.csv\"");
                send(exchange, 200, "text/csv", "a,b\n1,2\n");
            }
            case "/redirect" -> {
                exchange.getResponseHeaders().add("Location", query.getOrDefault("to", "/form.html"));
                send(exchange, 302, "text/plain", "moved");
            }
            case "/attack.html" -> html(exchange, ATTACK.replace("CANARY", String.valueOf(canaryPort))
                    .replace("SITE", String.valueOf(port())));
            default -> send(exchange, 404, "text/plain", "not found");
        }
    }

    private static final String FORM = """
            <title>Form</title>
            <form action="/submit" method="get">
              <label for="name">Name</label> <input id="name" name="name">
              <label for="city">City</label> <input id="city" name="city">
              <label for="color">Color</label>
              <select id="color" name="color"><option value="r">Red</option><option value="g">Green</option>
                <option value="b">Blue</option></select>
              <button type="submit">Send</button>
            </form>
            <p><a href="/tab.html" target="_blank">Open tab</a> <a href="/file.csv">Get the report</a></p>
            """;

    private static final String DRAG = """
            <title>Drag</title>
            <div id="box" style="position:absolute;left:20px;top:100px;width:60px;height:60px;background:#39f">box</div>
            <div id="target" style="position:absolute;left:300px;top:100px;width:100px;height:100px;background:#ccc">drop</div>
            <script>
              let dragging = false;
              box.addEventListener('mousedown', () => { dragging = true; });
              document.addEventListener('mouseup', (e) => {
                const r = target.getBoundingClientRect();
                if (dragging && e.clientX >= r.left && e.clientX <= r.right && e.clientY >= r.top && e.clientY <= r.bottom) {
                  document.title = 'dropped';
                }
                dragging = false;
              });
              document.addEventListener('click', (e) => { document.body.dataset.click = e.clientX + ',' + e.clientY;
                if (e.clientX > 500) document.title = 'clicked at ' + e.clientX + ',' + e.clientY; });
            </script>
            """;

    /** A page that tries every way out to the canary on loopback and to private and metadata addresses. */
    private static final String ATTACK = """
            <title>Attack page</title>
            <p>attack page loaded</p>
            <img src="http://127.0.0.1:CANARY/img.png">
            <img src="http://10.0.0.1/x.png">
            <iframe src="http://localhost:CANARY/frame"></iframe>
            <script>
              fetch('http://127.0.0.1:CANARY/fetch').catch(() => {});
              fetch('http://169.254.169.254/latest/meta-data/').catch(() => {});
              fetch('http://192.168.1.1/').catch(() => {});
              fetch('http://127.0.0.1:SITE/redirect?to=http://127.0.0.1:CANARY/redirected').catch(() => {});
              try { new WebSocket('ws://127.0.0.1:CANARY/ws'); } catch (e) {}
              try { new WebSocket('wss://127.0.0.1:CANARY/wss'); } catch (e) {}
              fetch('https://127.0.0.1:CANARY/tls').catch(() => {});
            </script>
            """;

    private static void pause(long millis) throws IOException {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while serving a slow page", e);
        }
    }

    private static void html(HttpExchange exchange, String body) throws IOException {
        send(exchange, 200, "text/html; charset=utf-8", "<!doctype html><html><body>" + body + "</body></html>");
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> values = new LinkedHashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    values.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return values;
    }

    private static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;");
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
