package ai.iiagent.adapter.http.shared;

import ai.iiagent.domain.shared.DomainException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Multi;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.OutboundSseEvent;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The server-sent events of a download that reports progress (slides, storybooks): {@code progress}
 * {@code {done, total, percent}} while it runs, then {@code complete} with the file (base64) and its
 * description, or {@code error} {@code {code, message}}. The export runs on its own virtual thread
 * ({@link BlockingEventStream}).
 */
public final class ExportEventStream {

    private static final Logger LOG = Logger.getLogger(ExportEventStream.class.getName());

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

    public static Multi<OutboundSseEvent> of(Export export, Sse sse, ObjectMapper json) {
        return BlockingEventStream.of(sse, json, events -> {
            try {
                Result file = export.run((done, total) -> events.send("progress",
                        Map.of("done", done, "total", total, "percent", done * 100 / total)));
                Map<String, Object> complete = new LinkedHashMap<>(file.extra());
                complete.put("filename", file.filename());
                complete.put("content_type", file.contentType());
                complete.put("size", file.bytes().length);
                complete.put("data", Base64.getEncoder().encodeToString(file.bytes()));
                events.send("complete", complete);
            } catch (DomainException e) {
                events.send("error", Map.of("code", e.code().value(), "message", e.getMessage()));
            } catch (RuntimeException e) {
                // Unexpected failures keep their details in the server log, not in the stream.
                LOG.log(Level.WARNING, "an export failed", e);
                events.send("error", Map.of("code", "export_failed", "message", "the export failed"));
            }
        });
    }
}
