package ai.iiagent.adapter.http.storybooks;

import ai.iiagent.adapter.http.shared.BlockingEventStream;
import ai.iiagent.domain.shared.DomainException;
import ai.iiagent.domain.storybooks.StorybookStatus;
import ai.iiagent.port.in.storybooks.StorybookProgress;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Multi;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A book's generation as server-sent events ({@link BlockingEventStream}): {@code progress} {@code {done, total,
 * status}} at once and whenever it changes, then {@code complete} {@code {done, total, status}} when the book is
 * ready, or {@code error} {@code {code, message}} when it failed or was cancelled. The job may run on any node, so the
 * stream reads the stored progress every {@link #POLL}.
 */
final class StorybookProgressStream {

    static final Duration POLL = Duration.ofMillis(250);
    /** A stream ends after this long (with {@code error} {@code storybook_progress_timeout}); clients open it again. */
    static final Duration LONGEST = Duration.ofMinutes(30);

    private StorybookProgressStream() {
    }

    static Multi<OutboundSseEvent> of(Supplier<StorybookProgress> progress, Sse sse, ObjectMapper json) {
        return BlockingEventStream.of(sse, json, events -> follow(progress, events));
    }

    private static void follow(Supplier<StorybookProgress> progress, BlockingEventStream.Events events) {
        long deadline = System.nanoTime() + LONGEST.toNanos();
        Map<String, Object> lastSent = null;
        try {
            while (events.open()) { // a viewer who left stops the polling
                StorybookProgress now = progress.get();
                Map<String, Object> data = data(now);
                if (!data.equals(lastSent)) {
                    lastSent = data;
                    events.send("progress", data);
                }
                if (now.finished()) {
                    if (now.status() == StorybookStatus.READY) {
                        events.send("complete", data);
                    } else {
                        error(events, now.status() == StorybookStatus.CANCELLED ? "storybook_cancelled"
                                : "storybook_generation_failed", now.error().orElse("the book is " + data.get("status")));
                    }
                    return;
                }
                if (System.nanoTime() > deadline) {
                    error(events, "storybook_progress_timeout", "still generating; open the stream again");
                    return;
                }
                Thread.sleep(POLL);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (DomainException e) {
            error(events, e.code().value(), e.getMessage());
        }
    }

    private static Map<String, Object> data(StorybookProgress progress) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("done", progress.done());
        data.put("total", progress.total());
        data.put("status", progress.status().name().toLowerCase(Locale.ROOT));
        return data;
    }

    private static void error(BlockingEventStream.Events events, String code, String message) {
        events.send("error", Map.of("code", code, "message", message));
    }
}
