package ai.iiagent.adapter.http.content;

import ai.iiagent.adapter.http.content.SlidesWire.PresentationsResponse;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.port.in.content.ExportSlidesUseCase;
import ai.iiagent.port.in.content.ListSlidesUseCase;
import ai.iiagent.port.in.content.SlideQuery;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.OutboundSseEvent;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** A public session's decks for anyone with the link (a private or unknown session answers 404). */
@Path("/v1/public/slides")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class PublicSlidesResource {

    private final ListSlidesUseCase list;
    private final ExportSlidesUseCase exports;
    private final ObjectMapper json;

    public PublicSlidesResource(ListSlidesUseCase list, ExportSlidesUseCase exports, ObjectMapper json) {
        this.list = list;
        this.exports = exports;
        this.json = json;
    }

    @GET
    @Operation(summary = "A public session's presentations with their slides")
    public PresentationsResponse list(@QueryParam("session_id") String sessionId,
                                      @QueryParam("presentation_name") String presentationName) {
        SessionId session = SlidesResource.session(sessionId);
        return PresentationsResponse.of(session.value().toString(), list.list(new SlideQuery(null, session,
                presentationName == null || presentationName.isBlank() ? null : presentationName, null)));
    }

    @GET
    @Path("/download")
    @Produces({"application/pdf", "application/zip", MediaType.APPLICATION_JSON})
    @Operation(summary = "Download a public deck (format pdf, png or zip)")
    public Response download(@QueryParam("session_id") String sessionId,
                             @QueryParam("presentation_name") String presentationName, @QueryParam("format") String format) {
        return SlideExports.download(exports, SlideExports.deck(null, sessionId, presentationName), format);
    }

    @GET
    @Path("/download/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "A public deck's export as server-sent progress, then the file")
    @Blocking // the checks before the stream read the database
    public Multi<OutboundSseEvent> downloadStream(@QueryParam("session_id") String sessionId,
                               @QueryParam("presentation_name") String presentationName, @QueryParam("format") String format,
                               @Context Sse sse) {
        return SlideExports.stream(exports, SlideExports.deck(null, sessionId, presentationName), format, sse, json);
    }
}
