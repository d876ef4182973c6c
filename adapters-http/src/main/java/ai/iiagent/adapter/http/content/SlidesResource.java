package ai.iiagent.adapter.http.content;

import ai.iiagent.adapter.http.content.SlidesWire.PresentationsResponse;
import ai.iiagent.adapter.http.content.SlidesWire.RevertRequest;
import ai.iiagent.adapter.http.content.SlidesWire.RevertResponse;
import ai.iiagent.adapter.http.content.SlidesWire.SlideResponse;
import ai.iiagent.adapter.http.content.SlidesWire.SyncRequest;
import ai.iiagent.adapter.http.content.SlidesWire.SyncResponse;
import ai.iiagent.adapter.http.content.SlidesWire.SyncedSlide;
import ai.iiagent.adapter.http.content.SlidesWire.VersionsResponse;
import ai.iiagent.adapter.http.content.SlidesWire.WriteSlideRequest;
import ai.iiagent.adapter.http.sessions.SessionIds;
import ai.iiagent.adapter.http.users.CurrentIdentity;
import ai.iiagent.domain.content.ImageEditInstruction;
import ai.iiagent.domain.content.Slide;
import ai.iiagent.domain.content.SlideErrors;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.shared.NotFoundException;
import ai.iiagent.domain.shared.ValidationException;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.port.in.content.DetectSlideImageUseCase;
import ai.iiagent.port.in.content.EditSlideImageUseCase;
import ai.iiagent.port.in.content.ExportSlidesUseCase;
import ai.iiagent.port.in.content.GetSlideUseCase;
import ai.iiagent.port.in.content.ListSlideVersionsUseCase;
import ai.iiagent.port.in.content.ListSlidesUseCase;
import ai.iiagent.port.in.content.Presentation;
import ai.iiagent.port.in.content.RevertSlideCommand;
import ai.iiagent.port.in.content.RevertSlideUseCase;
import ai.iiagent.port.in.content.SlideImageDetectCommand;
import ai.iiagent.port.in.content.SlideImageEditCommand;
import ai.iiagent.port.in.content.SlideQuery;
import ai.iiagent.port.in.content.SlideWriteCommand;
import ai.iiagent.port.in.content.SyncSlideDesignCommand;
import ai.iiagent.port.in.content.SyncSlideDesignUseCase;
import ai.iiagent.port.in.content.WriteSlideUseCase;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.OutboundSseEvent;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * A session's decks for its owner (docs/slides.md): write and list slides, download the deck (PDF, PNG
 * ZIP, HTML ZIP; also as server-sent progress), the design-mode proxy (the slide's own HTML under a
 * strict CSP, for a sandboxed iframe) and sync, a slide's versions with revert, and image-slide editing
 * (detect, regenerate, remove-background through the image editor, billed). Another user's
 * session answers 404 on every route.
 */
@Path("/v1/slides")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class SlidesResource {

    private final CurrentIdentity caller;
    private final WriteSlideUseCase write;
    private final ListSlidesUseCase list;
    private final GetSlideUseCase get;
    private final ExportSlidesUseCase exports;
    private final SyncSlideDesignUseCase sync;
    private final ListSlideVersionsUseCase versions;
    private final RevertSlideUseCase revert;
    private final DetectSlideImageUseCase detect;
    private final EditSlideImageUseCase editImage;
    private final ObjectMapper json;

    public SlidesResource(CurrentIdentity caller, WriteSlideUseCase write, ListSlidesUseCase list, GetSlideUseCase get,
                          ExportSlidesUseCase exports, SyncSlideDesignUseCase sync, ListSlideVersionsUseCase versions,
                          RevertSlideUseCase revert, DetectSlideImageUseCase detect, EditSlideImageUseCase editImage,
                          ObjectMapper json) {
        this.caller = caller;
        this.write = write;
        this.list = list;
        this.get = get;
        this.exports = exports;
        this.sync = sync;
        this.versions = versions;
        this.revert = revert;
        this.detect = detect;
        this.editImage = editImage;
        this.json = json;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Write a slide of one of your sessions (a new slide, or its next version)")
    public Response write(@QueryParam("session_id") String sessionId, WriteSlideRequest body) {
        if (body == null) {
            throw new ValidationException(SlideErrors.INVALID_SLIDE, "send {presentation_name, slide_number, content, title}");
        }
        SessionId session = session(sessionId != null ? sessionId : body.sessionId());
        Slide slide = write.write(new SlideWriteCommand(me(), session, body.presentationName(), body.slideNumber(),
                body.title(), body.description(), body.type(), body.content(), "api"));
        return Response.status(slide.version() == 1 ? 201 : 200).entity(SlideResponse.of(slide)).build();
    }

    @GET
    @Operation(summary = "Your session's presentations with their slides (one when presentation_name is given)")
    public PresentationsResponse list(@QueryParam("session_id") String sessionId,
                                      @QueryParam("presentation_name") String presentationName) {
        SessionId session = session(sessionId);
        List<Presentation> decks = list.list(new SlideQuery(me(), session, blankToNull(presentationName), null));
        return PresentationsResponse.of(session.value().toString(), decks);
    }

    @GET
    @Path("/download")
    @Produces({"application/pdf", "application/zip", MediaType.APPLICATION_JSON})
    @Operation(summary = "Download a deck: format=pdf (16:9, a page per slide), png (ZIP of pictures) or zip (ZIP of HTML)")
    public Response download(@QueryParam("session_id") String sessionId,
                             @QueryParam("presentation_name") String presentationName,
                             @QueryParam("format") String format) {
        return SlideExports.download(exports, SlideExports.deck(me(), sessionId, presentationName), format);
    }

    @GET
    @Path("/download/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "The same export as server-sent events: progress per slide, then the file (base64)")
    @Blocking // the checks before the stream read the database
    public Multi<OutboundSseEvent> downloadStream(@QueryParam("session_id") String sessionId,
                               @QueryParam("presentation_name") String presentationName,
                               @QueryParam("format") String format, @Context Sse sse) {
        return SlideExports.stream(exports, SlideExports.deck(me(), sessionId, presentationName), format, sse, json);
    }

    @GET
    @Path("/design/slide-proxy")
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "One slide's HTML for the design-mode iframe, under a strict Content-Security-Policy")
    public Response slideProxy(@QueryParam("session_id") String sessionId,
                               @QueryParam("presentation_name") String presentationName,
                               @QueryParam("slide_number") Integer slideNumber) {
        Slide slide = get.get(new SlideQuery(me(), session(sessionId), presentationName, slideNumber));
        return SlideProxyPages.slide(slide);
    }

    @GET
    @Path("/design/slide-deck-proxy")
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "The whole deck on one page (each slide in its own sandboxed frame), under a strict CSP")
    public Response deckProxy(@QueryParam("session_id") String sessionId,
                              @QueryParam("presentation_name") String presentationName) {
        SlideQuery deck = SlideExports.deck(me(), sessionId, presentationName);
        return SlideProxyPages.deck(list.list(deck).get(0));
    }

    @POST
    @Path("/design/slide-sync-batch")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Store design-mode edits of some slides (no new script, handlers or javascript: URLs)")
    public SyncResponse syncBatch(SyncRequest body) {
        return syncOf(body);
    }

    @POST
    @Path("/design/slide-deck-sync-batch")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Store design-mode edits of the deck's slides, all or none")
    public SyncResponse deckSyncBatch(SyncRequest body) {
        return syncOf(body);
    }

    @GET
    @Path("/nano-banana/versions")
    @Operation(summary = "A slide's versions, oldest first (an image slide's with each version's picture)")
    public VersionsResponse versions(@QueryParam("session_id") String sessionId,
                                     @QueryParam("presentation_name") String presentationName,
                                     @QueryParam("slide_number") Integer slideNumber) {
        SlideQuery query = new SlideQuery(me(), session(sessionId), presentationName, slideNumber);
        return VersionsResponse.of(presentationName == null ? null : presentationName.strip(),
                slideNumber == null ? 0 : slideNumber, versions.versions(query));
    }

    @POST
    @Path("/nano-banana/revert")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Make an older version of a slide the newest again (stored as a new version)")
    public RevertResponse revert(RevertRequest body) {
        Integer version = body == null ? null : body.version() != null ? body.version() : versionOf(body.targetVersionId());
        if (body == null || version == null || body.slideNumber() == null) {
            throw new ValidationException(SlideErrors.INVALID_SLIDE, "send {session_id, presentation_name, slide_number,"
                    + " version (or target_version_id)}");
        }
        return RevertResponse.of(revert.revert(new RevertSlideCommand(me(), session(body.sessionId()),
                body.presentationName(), body.slideNumber(), version)));
    }

    @POST
    @Path("/nano-banana/detect")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Find the components (text, shapes, pictures) of an image slide's picture; billed per detection")
    public SlideImageWire.DetectResponse detect(SlideImageWire.DetectRequest body) {
        if (body == null) {
            throw new ValidationException(SlideErrors.INVALID_IMAGE_EDIT, "send {session_id, presentation_name, slide_number}");
        }
        return SlideImageWire.DetectResponse.of(detect.detect(new SlideImageDetectCommand(me(), session(body.sessionId()),
                body.presentationName(), body.slideNumber(), body.provider())));
    }

    @POST
    @Path("/nano-banana/regenerate")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Apply edit instructions to an image slide's picture (a new version); billed per picture")
    public SlideImageWire.EditResponse regenerate(SlideImageWire.RegenerateRequest body) {
        if (body == null) {
            throw new ValidationException(SlideErrors.INVALID_IMAGE_EDIT, "send {session_id, presentation_name, slide_number,"
                    + " instructions}");
        }
        SessionId session = session(body.sessionId());
        List<ImageEditInstruction> steps = SlideImageInstructions.steps(body.instructions(), body.detectedComponents());
        return SlideImageWire.EditResponse.of(editImage.edit(new SlideImageEditCommand(me(), session,
                body.presentationName(), body.slideNumber(), steps, body.provider())));
    }

    @POST
    @Path("/nano-banana/remove-background")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Make an image slide's background transparent (a new version); billed per picture")
    public SlideImageWire.EditResponse removeBackground(SlideImageWire.RemoveBackgroundRequest body) {
        if (body == null) {
            throw new ValidationException(SlideErrors.INVALID_IMAGE_EDIT, "send {session_id, presentation_name, slide_number}");
        }
        return SlideImageWire.EditResponse.of(editImage.edit(new SlideImageEditCommand(me(), session(body.sessionId()),
                body.presentationName(), body.slideNumber(),
                List.of(new ImageEditInstruction(ImageEditInstruction.Kind.REMOVE_BACKGROUND, null, "")), body.provider())));
    }

    private static Integer versionOf(String targetVersionId) {
        if (targetVersionId == null || targetVersionId.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(targetVersionId.strip());
        } catch (NumberFormatException e) {
            throw new NotFoundException(SlideErrors.SLIDE_VERSION_NOT_FOUND, "no version " + targetVersionId);
        }
    }

    private SyncResponse syncOf(SyncRequest body) {
        if (body == null || body.slides() == null) {
            throw new ValidationException(SlideErrors.INVALID_SLIDE, "send {session_id, presentation_name, slides: [{slide_number,"
                    + " content}]}");
        }
        List<Slide> stored = sync.sync(new SyncSlideDesignCommand(me(), session(body.sessionId()), body.presentationName(),
                body.slides().stream().map(slide -> new SyncSlideDesignCommand.Edit(slide == null ? null
                        : slide.slideNumber(), slide == null ? null : slide.content())).toList()));
        return new SyncResponse(true, stored.stream().map(slide -> new SyncedSlide(slide.slideNumber(), slide.version()))
                .toList());
    }

    private UserId me() {
        return caller.get().userId();
    }

    static SessionId session(String sessionId) {
        if (sessionId == null || sessionId.isBlank()) {
            throw new ValidationException(SlideErrors.SESSION_ID_REQUIRED, "session_id names the session");
        }
        return SessionIds.parse(sessionId.strip());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
