package ai.iiagent.e2e.realtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** A real WebSocket client (the JDK's) that records text frames and the close code. */
final class SocketClient implements AutoCloseable {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final LinkedBlockingQueue<String> frames = new LinkedBlockingQueue<>();
    private final CompletableFuture<Integer> closeCode = new CompletableFuture<>();
    private final StringBuilder partial = new StringBuilder();
    private final boolean reading;
    private volatile boolean answerEnginePings;
    private WebSocket socket;

    private SocketClient(boolean reading) {
        this.reading = reading;
    }

    static SocketClient connect(String url, Map<String, String> headers) {
        return connect(url, headers, true);
    }

    /** With {@code reading} false the client never asks for frames, like a stalled browser tab. */
    static SocketClient connect(String url, Map<String, String> headers, boolean reading) {
        SocketClient client = new SocketClient(reading);
        WebSocket.Builder builder = HTTP.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(5));
        headers.forEach(builder::header);
        client.socket = builder.buildAsync(URI.create(url), client.listener()).join();
        return client;
    }

    /** The HTTP status of an upgrade the server refuses (fails if it accepts it). */
    static int refusedUpgrade(String url, Map<String, String> headers) {
        try {
            connect(url, headers).close();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof java.net.http.WebSocketHandshakeException refused) {
                return refused.getResponse().statusCode();
            }
            throw e;
        }
        throw new AssertionError("the upgrade was accepted");
    }

    SocketClient answeringEnginePings() {
        answerEnginePings = true;
        return this;
    }

    void send(String text) {
        socket.sendText(text, true).join();
    }

    void send(Object json) {
        try {
            send(JSON.writeValueAsString(json));
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** Sends one fragment of a text message ({@code last} false: more follow). */
    void sendPart(String text, boolean last) {
        socket.sendText(text, last).join();
    }

    /** The next frame, or fails after the timeout. */
    String next(Duration timeout) throws InterruptedException {
        String frame = frames.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (frame == null) {
            throw new AssertionError("no frame within " + timeout);
        }
        return frame;
    }

    /** Skips frames until one matches; returns it. */
    String await(Predicate<String> match, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<String> skipped = new ArrayList<>();
        while (true) {
            long left = deadline - System.nanoTime();
            String frame = left <= 0 ? null : frames.poll(left, TimeUnit.NANOSECONDS);
            if (frame == null) {
                throw new AssertionError("no matching frame within " + timeout + "; saw " + skipped);
            }
            if (match.test(frame)) {
                return frame;
            }
            skipped.add(frame.length() > 200 ? frame.substring(0, 200) : frame);
        }
    }

    List<String> drain() {
        List<String> all = new ArrayList<>();
        frames.drainTo(all);
        return all;
    }

    int awaitClose(Duration timeout) throws Exception {
        return closeCode.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    boolean isClosed() {
        return closeCode.isDone();
    }

    static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + json, e);
        }
    }

    /** A stalled client wakes up and reads everything the server had queued for it. */
    void startReading() {
        socket.request(Long.MAX_VALUE);
    }

    /** Cuts the TCP connection without a close handshake, as a dropped network would. */
    void abort() {
        socket.abort();
    }

    @Override
    public void close() {
        if (!socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").exceptionally(e -> null);
        }
        socket.abort();
    }

    private WebSocket.Listener listener() {
        return new WebSocket.Listener() {
            @Override
            public void onOpen(WebSocket webSocket) {
                if (reading) {
                    webSocket.request(1);
                }
            }

            @Override
            public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                partial.append(data);
                if (last) {
                    String frame = partial.toString();
                    partial.setLength(0);
                    if (answerEnginePings && frame.equals("2")) {
                        webSocket.sendText("3", true);
                    } else {
                        frames.add(frame);
                    }
                }
                webSocket.request(1);
                return null;
            }

            @Override
            public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
                closeCode.complete(statusCode);
                return null;
            }

            @Override
            public void onError(WebSocket webSocket, Throwable error) {
                closeCode.complete(-1);
            }
        };
    }
}
