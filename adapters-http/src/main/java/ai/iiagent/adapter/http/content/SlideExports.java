package ai.iiagent.adapter.http.content;

import ai.iiagent.adapter.http.sessions.SessionIds;
import ai.iiagent.domain.content.SlideErrors;
import ai.iiagent.domain.content.SlideExport;
import ai.iiagent.domain.content.SlideExportFormat;
import ai.iiagent.domain.shared.DomainException;
import ai.iiagent.domain.shared.ValidationException;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.port.in.content.ExportSlidesCommand;
import ai.iiagent.port.in.content.ExportSlidesUseCase;
import ai.iiagent.port.in.content.SlideQuery;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.io.ByteArrayOutputStream;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Deck downloads for the owner's and the public routes: a buffered file (errors are problem+json), or
 * server-sent events: {@code progress} {@code {done, total}} after each slide, then {@code complete}
 * with the file (base64), or {@code error} {@code {code, message}}.
 */
final class SlideExports {

    private static final ExecutorService STREAMS = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("slide-export-", 0).factory());

    private SlideExports() {
    }

    static SlideQuery deck(UserId caller, String sessionId, String presentationName) {
        if (sessionId == null || sessionId.isBlank()) {
            throw new ValidationException(SlideErrors.SESSION_ID_REQUIRED, "session_id names the session");
        }
        if (presentationName == null || presentationName.isBlank()) {
            throw new ValidationException(SlideErrors.INVALID_PRESENTATION_NAME, "presentation_name names the deck");
        }
        return new SlideQuery(caller, SessionIds.parse(sessionId), presentationName, null);
    }

    static Response download(ExportSlidesUseCase exports, SlideQuery deck, String format) {
        SlideExportFormat chosen = SlideExportFormat.of(format);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.export(new ExportSlidesCommand(deck, chosen, out, null));
        return Response.ok(out.toByteArray(), chosen.contentType())
                .header("Content-Disposition", "attachment; filename=\"" + fileName(deck, chosen) + "\"")
                .header("Cache-Control", "no-store").build();
    }

    static void stream(ExportSlidesUseCase exports, SlideQuery deck, String format, SseEventSink sink, Sse sse,
                       ObjectMapper json) {
        SlideExportFormat chosen = SlideExportFormat.of(format);
        exports.check(deck, chosen); // errors before the stream starts are problem+json
        STREAMS.submit(() -> {
            try (sink) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                try {
                    SlideExport done = exports.export(new ExportSlidesCommand(deck, chosen, out,
                            (slide, total) -> send(sink, sse, json, "progress", Map.of("done", slide, "total", total,
                                    "percent", slide * 100 / total))));
                    Map<String, Object> complete = new LinkedHashMap<>();
                    complete.put("export_id", done.id().toString());
                    complete.put("format", chosen.name().toLowerCase(java.util.Locale.ROOT));
                    complete.put("filename", fileName(deck, chosen));
                    complete.put("content_type", chosen.contentType());
                    complete.put("size", out.size());
                    complete.put("data", Base64.getEncoder().encodeToString(out.toByteArray()));
                    send(sink, sse, json, "complete", complete);
                } catch (DomainException e) {
                    send(sink, sse, json, "error", Map.of("code", e.code().value(), "message", e.getMessage()));
                } catch (RuntimeException e) {
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
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String fileName(SlideQuery deck, SlideExportFormat format) {
        String base = deck.presentationName().strip().replaceAll("[^A-Za-z0-9._-]+", "_");
        return (base.isEmpty() ? "slides" : base) + (format == SlideExportFormat.PNG ? "-png" : "")
                + (format == SlideExportFormat.ZIP ? "-html" : "") + "." + format.extension();
    }
}
