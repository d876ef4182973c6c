import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Client of benchmarks/preview-proxy.sh (JDK only, no build).
 * {@code setup BASE PREVIEW_PORT}: registers, runs "build static: bench" in a website_build session on the
 * offline model (the dev server on port 3000 in the sandbox), opens its preview and signs in; prints
 * {@code HOST=… COOKIE=…}. {@code get ADDRESS PORT HOST COOKIE PATH N WARMUP}: N sequential GETs, one
 * connection each (the dev server speaks HTTP/1.0), prints p50/p99/mean microseconds.
 */
public class PreviewProxyBench {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "setup" -> setup(args[1], Integer.parseInt(args[2]));
            case "get" -> measure(args[1], Integer.parseInt(args[2]), args[3], args[4], args[5],
                    Integer.parseInt(args[6]), Integer.parseInt(args[7]));
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    static void setup(String base, int previewPort) throws Exception {
        String token = field(post(base + "/auth/local/register", null, "{\"email\":\"bench-" + UUID.randomUUID()
                + "@example.org\",\"password\":\"correct horse\"}"), "access_token");
        String session = field(post(base + "/v1/sessions", token, "{\"name\":\"preview bench\"}"), "id");
        CompletableFuture<String> done = new CompletableFuture<>();
        StringBuffer results = new StringBuffer();
        WebSocket socket = HTTP.newWebSocketBuilder().header("Authorization", "Bearer " + token)
                .buildAsync(URI.create(base.replace("http", "ws") + "/ws"), new WebSocket.Listener() {
                    private final StringBuilder partial = new StringBuilder();

                    @Override
                    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                        partial.append(data);
                        if (last) {
                            String frame = partial.toString();
                            partial.setLength(0);
                            if (frame.contains("\"agent.tool.result\"") || frame.contains("\"system.error\"")) {
                                results.append(frame).append('\n');
                            }
                            if (frame.contains("\"agent.complete\"") || frame.contains("\"agent.response.interrupted\"")) {
                                done.complete(frame);
                            }
                        }
                        ws.request(1);
                        return null;
                    }
                }).join();
        socket.sendText("{\"type\":\"join_session\",\"data\":{\"session_uuid\":\"" + session + "\"}}", true).join();
        socket.sendText("{\"type\":\"chat_message\",\"data\":{\"content\":{\"command\":\"query\",\"text\":\"build static:"
                + " bench\",\"agent_type\":\"website_build\",\"auto_approve\":true}}}", true).join();
        String end = done.get(180, TimeUnit.SECONDS);
        if (!end.contains("agent.complete") || !results.toString().contains("\"is_error\":false")) {
            throw new IllegalStateException("the build run did not complete: " + end + "\n" + results);
        }
        socket.abort();
        URI open = URI.create(field(post(base + "/v1/sessions/" + session + "/previews/3000", token, ""), "open_url"));
        String signIn = exchange("127.0.0.1", previewPort, open.getHost(), "", open.getRawPath() + "?" + open.getRawQuery());
        Matcher cookie = Pattern.compile("(?i)set-cookie: (iiagent_preview=[^;\\r\\n]+)").matcher(signIn);
        if (!cookie.find()) {
            throw new IllegalStateException("no preview cookie: " + signIn);
        }
        System.out.println("HOST=" + open.getHost() + " COOKIE=" + cookie.group(1));
    }

    static void measure(String address, int port, String host, String cookie, String path, int n, int warmup)
            throws Exception {
        long[] micros = new long[n];
        for (int i = -warmup; i < n; i++) {
            long start = System.nanoTime();
            String answer = exchange(address, port, host, cookie, path);
            long took = (System.nanoTime() - start) / 1_000;
            if (!answer.startsWith("HTTP/1.0 200") && !answer.startsWith("HTTP/1.1 200")) {
                throw new IllegalStateException("not 200: " + answer.lines().findFirst().orElse(""));
            }
            if (i >= 0) {
                micros[i] = took;
            }
        }
        Arrays.sort(micros);
        System.out.printf("p50_us=%d p99_us=%d mean_us=%d n=%d%n", micros[n / 2], micros[(int) Math.ceil(n * 0.99) - 1],
                Arrays.stream(micros).sum() / n, n);
    }

    /** One request on a fresh connection, the answer read to its end (the server closes). */
    static String exchange(String address, int port, String host, String cookie, String path) throws Exception {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 10_000);
            socket.setSoTimeout(30_000);
            socket.setTcpNoDelay(true);
            String head = "GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\n"
                    + (cookie.isEmpty() ? "" : "Cookie: " + cookie + "\r\n") + "Connection: close\r\n\r\n";
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            in.transferTo(answer);
            return answer.toString(StandardCharsets.ISO_8859_1);
        }
    }

    static String post(String url, String token, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("content-type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("authorization", "Bearer " + token);
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(url + " -> " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    static String field(String json, String name) {
        Matcher matcher = Pattern.compile("\"" + name + "\":\"([^\"]+)\"").matcher(json);
        if (!matcher.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return matcher.group(1);
    }
}
