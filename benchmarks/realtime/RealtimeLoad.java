import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load client for the realtime endpoint /ws (run by benchmarks/realtime.sh; JDK only, no build).
 *
 * <pre>
 * java RealtimeLoad.java fanout &lt;base-url&gt; &lt;sockets&gt; &lt;sessions&gt; &lt;events-per-second&gt; &lt;seconds&gt;
 * java RealtimeLoad.java idle   &lt;base-url&gt; &lt;sockets&gt; &lt;hold-seconds&gt;
 * </pre>
 *
 * fanout: sockets are spread over sessions; one driver socket per session sends
 * {@code workspace_info} commands (each a persisted event) at the given total rate; every
 * receiving socket measures now − the event's server timestamp (publish → receive, same clock).
 * idle: opens authenticated, joined connections and holds them while the script reads the
 * server's memory.
 */
public class RealtimeLoad {

    private static final Pattern TIMESTAMP = Pattern.compile("\"name\":\"connection.workspace_info\".*?\"timestamp\":\"([^\"]+)\"");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    public static void main(String[] args) throws Exception {
        String base = args[1];
        switch (args[0]) {
            case "fanout" -> fanout(base, Integer.parseInt(args[2]), Integer.parseInt(args[3]),
                    Integer.parseInt(args[4]), Integer.parseInt(args[5]));
            case "idle" -> idle(base, Integer.parseInt(args[2]), Integer.parseInt(args[3]));
            default -> throw new IllegalArgumentException("fanout or idle");
        }
    }

    static void fanout(String base, int sockets, int sessions, int rate, int seconds) throws Exception {
        String token = register(base);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < sessions; i++) {
            ids.add(createSession(base, token));
        }
        Recorder recorder = new Recorder(sockets * (long) rate / sessions * (seconds + 5));
        List<Client> receivers = new ArrayList<>();
        for (int i = 0; i < sockets; i++) {
            receivers.add(Client.open(base, token, ids.get(i % sessions), recorder));
        }
        for (Client client : receivers) {
            client.joined.await(30, TimeUnit.SECONDS);
        }
        List<Client> drivers = new ArrayList<>();
        for (String id : ids) {
            drivers.add(Client.open(base, token, id, null));
        }
        for (Client driver : drivers) {
            driver.joined.await(30, TimeUnit.SECONDS);
        }
        System.out.printf("connected %d receivers on %d sessions; driving %d events/s for %d s%n", sockets, sessions,
                rate, seconds);
        recorder.reset();
        long intervalNanos = TimeUnit.SECONDS.toNanos(1) / rate;
        long start = System.nanoTime();
        long sent = 0;
        while (System.nanoTime() - start < TimeUnit.SECONDS.toNanos(seconds)) {
            drivers.get((int) (sent % sessions)).command("workspace_info");
            sent++;
            long next = start + sent * intervalNanos;
            long wait = next - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        Thread.sleep(2000); // let the last deliveries arrive
        long expected = sent * (sockets / sessions);
        System.out.printf("events sent %d (%.0f/s); deliveries %d of %d expected (%.0f/s over the send window)%n",
                sent, sent / elapsed, recorder.count(), expected, recorder.count() / elapsed);
        System.out.println(recorder.summary());
        receivers.forEach(Client::close);
        drivers.forEach(Client::close);
        System.exit(0);
    }

    static void idle(String base, int sockets, int holdSeconds) throws Exception {
        String token = register(base);
        String id = createSession(base, token);
        List<Client> clients = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < sockets; i++) {
            clients.add(Client.open(base, token, id, null));
            if (i % 500 == 499) {
                clients.get(i).joined.await(30, TimeUnit.SECONDS);
            }
        }
        for (Client client : clients) {
            client.joined.await(60, TimeUnit.SECONDS);
        }
        System.out.printf("IDLE_READY %d connections joined in %.1f s%n", sockets, (System.nanoTime() - start) / 1e9);
        Thread.sleep(holdSeconds * 1000L);
        long open = clients.stream().filter(client -> !client.closed.isDone()).count();
        System.out.printf("still open after %d s: %d%n", holdSeconds, open);
        System.exit(0);
    }

    static String register(String base) throws Exception {
        String body = "{\"email\":\"load-" + UUID.randomUUID() + "@example.org\",\"password\":\"correct horse\"}";
        return field(post(base + "/auth/local/register", null, body), "access_token");
    }

    static String createSession(String base, String token) throws Exception {
        return field(post(base + "/v1/sessions", token, "{\"name\":\"load\"}"), "id");
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

    /** One /ws connection: authenticates on the upgrade, joins, records event latencies. */
    static final class Client implements WebSocket.Listener {
        final CountDownLatch joined = new CountDownLatch(1);
        final CompletableFuture<Integer> closed = new CompletableFuture<>();
        private final Recorder recorder;
        private final String sessionId;
        private final StringBuilder partial = new StringBuilder();
        private WebSocket socket;

        private Client(String sessionId, Recorder recorder) {
            this.sessionId = sessionId;
            this.recorder = recorder;
        }

        static Client open(String base, String token, String sessionId, Recorder recorder) {
            Client client = new Client(sessionId, recorder);
            client.socket = HTTP.newWebSocketBuilder().header("Authorization", "Bearer " + token)
                    .connectTimeout(Duration.ofSeconds(30))
                    .buildAsync(URI.create(base.replace("http", "ws") + "/ws"), client).join();
            return client;
        }

        synchronized void command(String command) {
            socket.sendText("{\"type\":\"chat_message\",\"data\":{\"content\":{\"command\":\"" + command + "\"}}}", true);
        }

        void close() {
            socket.abort();
        }

        @Override
        public void onOpen(WebSocket webSocket) {
            webSocket.request(1);
            webSocket.sendText("{\"type\":\"join_session\",\"data\":{\"session_uuid\":\"" + sessionId + "\"}}", true);
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String frame = partial.toString();
                partial.setLength(0);
                if (frame.contains("connection.established")) {
                    joined.countDown();
                } else if (recorder != null) {
                    Matcher matcher = TIMESTAMP.matcher(frame);
                    if (matcher.find()) {
                        recorder.record(Duration.between(Instant.parse(matcher.group(1)), Instant.now()).toNanos());
                    }
                }
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closed.complete(statusCode);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            closed.complete(-1);
        }
    }

    /** Latencies in microseconds, lock-free append into a preallocated array. */
    static final class Recorder {
        private final long[] micros;
        private final AtomicLong next = new AtomicLong();

        Recorder(long capacity) {
            this.micros = new long[(int) Math.min(capacity, 50_000_000L)];
        }

        void record(long nanos) {
            long slot = next.getAndIncrement();
            if (slot < micros.length) {
                micros[(int) slot] = nanos / 1000;
            }
        }

        void reset() {
            next.set(0);
        }

        long count() {
            return next.get();
        }

        String summary() {
            int n = (int) Math.min(next.get(), micros.length);
            if (n == 0) {
                return "no deliveries";
            }
            long[] sorted = Arrays.copyOf(micros, n);
            Arrays.sort(sorted);
            return String.format("latency publish->receive: p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, p99.9 %.2f ms, max %.2f ms",
                    at(sorted, 0.50), at(sorted, 0.90), at(sorted, 0.99), at(sorted, 0.999), sorted[n - 1] / 1000.0);
        }

        private static double at(long[] sorted, double quantile) {
            return sorted[(int) Math.min(sorted.length - 1, Math.floor(quantile * sorted.length))] / 1000.0;
        }
    }
}
