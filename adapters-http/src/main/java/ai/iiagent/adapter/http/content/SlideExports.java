package ai.iiagent.adapter.http.content;

import ai.iiagent.adapter.http.sessions.SessionIds;
import ai.iiagent.adapter.http.shared.ExportEventStream;
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
import io.smallrye.mutiny.Multi;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.OutboundSseEvent;
import java.io.ByteArrayOutputStream;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Deck downloads for the owner's and the public routes: a buffered file (errors are problem+json), or
 * server-sent events: {@code progress} {@code {done, total}} after each slide, then {@code complete}
 * with the file (base64), or {@code error} {@code {code, message}}.
 */
final class SlideExports {

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

    static Multi<OutboundSseEvent> stream(ExportSlidesUseCase exports, SlideQuery deck, String format, Sse sse,
                       ObjectMapper json) {
        SlideExportFormat chosen = SlideExportFormat.of(format);
        exports.check(deck, chosen); // errors before the stream starts are problem+json
        return ExportEventStream.of(progress -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            SlideExport done = exports.export(new ExportSlidesCommand(deck, chosen, out, progress));
            Map<String, Object> extra = new LinkedHashMap<>();
            extra.put("export_id", done.id().toString());
            extra.put("format", chosen.name().toLowerCase(java.util.Locale.ROOT));
            return new ExportEventStream.Result(out.toByteArray(), fileName(deck, chosen), chosen.contentType(), extra);
        }, sse, json);
    }

    private static String fileName(SlideQuery deck, SlideExportFormat format) {
        String base = deck.presentationName().strip().replaceAll("[^A-Za-z0-9._-]+", "_");
        return (base.isEmpty() ? "slides" : base) + (format == SlideExportFormat.PNG ? "-png" : "")
                + (format == SlideExportFormat.ZIP ? "-html" : "") + "." + format.extension();
    }
}
