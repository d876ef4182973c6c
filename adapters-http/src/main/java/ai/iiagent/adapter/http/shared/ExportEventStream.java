package ai.iiagent.adapter.http.shared;

import ai.iiagent.domain.shared.DomainException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BiConsumer;

/**
 * The server-sent events of a download that reports progress (slides, storybooks): {@code progress}
 * {@code {done, total, percent}} while it runs, then {@code complete} with the file (base64) and its
 * description, or {@code error} {@code {code, message}}. The export runs on its own virtual thread.
 */
public final class ExportEventStream {

    private static final ExecutorService STREAMS = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("export-stream-", 0).factory());

    private ExportEventStream() {
    }

    /** A file an export made, with what {@code complete} says about it besides the bytes. */
    public record Result(byte[] bytes, String filename, String contentType, Map<String, Object> extra) {
    }

    /** Runs the export, calling the progress callback with (done, total). */
    @FunctionalInterface
    public interface Export {
        Result run(BiConsumer<Integer, Integer> progress);
    }

    public static void start(Export export, SseEventSink sink, Sse sse, ObjectMapper json) {
        STREAMS.submit(() -> {
            try (sink) {
                try {
                    Result file = export.run((done, total) -> send(sink, sse, json, "progress",
                            Map.of("done", done, "total", total, "percent", done * 100 / total)));
                    Map<String, Object> complete = new LinkedHashMap<>(file.extra());
                    complete.put("filename", file.filename());
                    complete.put("content_type", file.contentType());
                    complete.put("size", file.bytes().length);
                    complete.put("data", Base64.getEncoder().encodeToString(file.bytes()));
                    send(sink, sse, json, "complete", complete);
                } catch (DomainException e) {
                    send(sink, sse, json, "error", Map.of("code", e.code().value(), "message", e.getMessage()));
                } catch (RuntimeException e) {
                    // Unexpected failures keep their details in the server log, not in the stream.
                    send(sink, sse, json, "error", Map.of("code", "export_failed", "message", "the export failed"));
                }
            }
        });
    }

    private static void send(SseEventSink sink, Sse sse, ObjectMapper json, String name, Map<String, Object> data) {
        if (sink.isClosed()) {
            return;
        }
        try {
            sink.send(sse.newEventBuilder().name(name).data(json.writeValueAsString(data)).build())
                    .toCompletableFuture().join();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
