package ai.iiagent.adapter.http.storybooks;

import ai.iiagent.domain.shared.DomainException;
import ai.iiagent.domain.storybooks.StorybookStatus;
import ai.iiagent.port.in.storybooks.StorybookProgress;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.subscription.MultiEmitter;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A book's generation as server-sent events: {@code progress} {@code {done, total, status}} at once and whenever it
 * changes, then {@code complete} {@code {done, total, status}} when the book is ready, or {@code error}
 * {@code {code, message}} when it failed or was cancelled. The job may run on any node, so the stream reads the stored
 * progress every {@link #POLL} on a virtual thread of its own. It is a {@link Multi} the resource returns, so REST
 * writes the response head before the first event (sending to a sink from another thread raced the head).
 */
final class StorybookProgressStream {

    static final Duration POLL = Duration.ofMillis(250);
    /** A stream is closed after this long (with {@code error} {@code storybook_progress_timeout}); clients reconnect. */
    static final Duration LONGEST = Duration.ofMinutes(30);

    private StorybookProgressStream() {
    }

    static Multi<OutboundSseEvent> of(Supplier<StorybookProgress> progress, Sse sse, ObjectMapper json) {
        return Multi.createFrom().emitter(emitter -> Thread.ofVirtual().name("storybook-progress-stream")
                .start(() -> follow(progress, emitter, sse, json)));
    }

    private static void follow(Supplier<StorybookProgress> progress, MultiEmitter<? super OutboundSseEvent> emitter,
                               Sse sse, ObjectMapper json) {
        long deadline = System.nanoTime() + LONGEST.toNanos();
        String lastSent = null;
        try {
            while (!emitter.isCancelled()) {
                StorybookProgress now = progress.get();
                Map<String, Object> data = data(now);
                if (!data.toString().equals(lastSent)) {
                    lastSent = data.toString();
                    emitter.emit(event(sse, json, "progress", data));
                }
                if (now.finished()) {
                    emitter.emit(now.status() == StorybookStatus.READY ? event(sse, json, "complete", data)
                            : error(sse, json, now.status() == StorybookStatus.CANCELLED ? "storybook_cancelled"
                                    : "storybook_generation_failed", now.error().orElse("the book is "
                                    + data.get("status"))));
                    break;
                }
                if (System.nanoTime() > deadline) {
                    emitter.emit(error(sse, json, "storybook_progress_timeout", "still generating; open the stream again"));
                    break;
                }
                Thread.sleep(POLL);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (DomainException e) {
            emitter.emit(error(sse, json, e.code().value(), e.getMessage()));
        } catch (RuntimeException e) {
            // Unexpected failures keep their details in the server log, not in the stream.
            emitter.emit(error(sse, json, "storybook_progress_failed", "reading the progress failed"));
        }
        emitter.complete();
    }

    private static Map<String, Object> data(StorybookProgress progress) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("done", progress.done());
        data.put("total", progress.total());
        data.put("status", progress.status().name().toLowerCase(Locale.ROOT));
        return data;
    }

    private static OutboundSseEvent error(Sse sse, ObjectMapper json, String code, String message) {
        return event(sse, json, "error", Map.of("code", code, "message", message));
    }

    private static OutboundSseEvent event(Sse sse, ObjectMapper json, String name, Map<String, Object> data) {
        try {
            return sse.newEventBuilder().name(name).data(json.writeValueAsString(data)).build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
