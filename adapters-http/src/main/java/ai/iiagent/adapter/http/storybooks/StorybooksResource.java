package ai.iiagent.adapter.http.storybooks;

import ai.iiagent.adapter.http.storybooks.StorybooksWire.CancelResponse;
import ai.iiagent.adapter.http.storybooks.StorybooksWire.CreateRequest;
import ai.iiagent.adapter.http.storybooks.StorybooksWire.ListResponse;
import ai.iiagent.adapter.http.storybooks.StorybooksWire.ProgressResponse;
import ai.iiagent.adapter.http.storybooks.StorybooksWire.PageText;
import ai.iiagent.adapter.http.storybooks.StorybooksWire.PromptRequest;
import ai.iiagent.adapter.http.storybooks.StorybooksWire.PublishRequest;
import ai.iiagent.adapter.http.storybooks.StorybooksWire.RewriteRequest;
import ai.iiagent.adapter.http.storybooks.StorybooksWire.SaveRequest;
import ai.iiagent.adapter.http.storybooks.StorybooksWire.StartedResponse;
import ai.iiagent.adapter.http.storybooks.StorybooksWire.StorybookResponse;
import ai.iiagent.adapter.http.storybooks.StorybooksWire.TextRequest;
import ai.iiagent.adapter.http.storybooks.StorybooksWire.VersionsResponse;
import ai.iiagent.adapter.http.storybooks.StorybooksWire.VoiceRequest;
import ai.iiagent.adapter.http.sessions.SessionIds;
import ai.iiagent.adapter.http.users.CurrentIdentity;
import ai.iiagent.domain.shared.ValidationException;
import ai.iiagent.domain.storybooks.Storybook;
import ai.iiagent.domain.storybooks.StorybookErrors;
import ai.iiagent.domain.storybooks.StoryPage;
import ai.iiagent.domain.storybooks.StorybookId;
import ai.iiagent.port.in.storybooks.CancelStorybookUseCase;
import ai.iiagent.port.in.storybooks.EditStorybookUseCase;
import ai.iiagent.port.in.storybooks.ExportStorybookUseCase;
import ai.iiagent.port.in.storybooks.GenerateStorybookCommand;
import ai.iiagent.port.in.storybooks.GenerateStorybookUseCase;
import ai.iiagent.port.in.storybooks.ReadStorybooksUseCase;
import ai.iiagent.port.in.storybooks.RegenerateStorybookImageUseCase;
import ai.iiagent.port.in.storybooks.RewriteStorybookPageUseCase;
import ai.iiagent.port.in.storybooks.VoiceOverStorybookUseCase;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.OutboundSseEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * A user's storybooks (docs/storybooks.md): start one, list a session's, read one with its pages, follow and cancel
 * its generation, edit a page's text (a new version sharing the other pages), list versions, publish. Another user's
 * book answers 404 on every route.
 */
@Path("/v1/storybooks")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class StorybooksResource {

    private final CurrentIdentity caller;
    private final GenerateStorybookUseCase generate;
    private final ReadStorybooksUseCase read;
    private final CancelStorybookUseCase cancel;
    private final EditStorybookUseCase edit;
    private final ExportStorybookUseCase exports;
    private final RegenerateStorybookImageUseCase regenerate;
    private final VoiceOverStorybookUseCase voice;
    private final RewriteStorybookPageUseCase rewrite;
    private final ObjectMapper json;

    public StorybooksResource(CurrentIdentity caller, GenerateStorybookUseCase generate, ReadStorybooksUseCase read,
                              CancelStorybookUseCase cancel, EditStorybookUseCase edit, ExportStorybookUseCase exports,
                              RegenerateStorybookImageUseCase regenerate, VoiceOverStorybookUseCase voice,
                              RewriteStorybookPageUseCase rewrite, ObjectMapper json) {
        this.caller = caller;
        this.generate = generate;
        this.read = read;
        this.cancel = cancel;
        this.edit = edit;
        this.exports = exports;
        this.regenerate = regenerate;
        this.voice = voice;
        this.rewrite = rewrite;
        this.json = json;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start a storybook in one of your sessions: its pages are made by a background job")
    public Response create(CreateRequest body) {
        if (body == null) {
            throw new ValidationException(StorybookErrors.INVALID_STORYBOOK_SCENES, "send {session_id, title, scenes, style}");
        }
        var started = generate.generate(new GenerateStorybookCommand(caller.get(), SessionIds.parse(body.sessionId()),
                body.title(), body.scenes(), body.style(), Boolean.TRUE.equals(body.voiceOver())));
        return Response.status(202).entity(StartedResponse.of(started)).build();
    }

    @GET
    @Path("/session/{session_id}")
    @Operation(summary = "Your storybooks in a session, newest first (pages with include_pages=true)")
    public ListResponse inSession(@PathParam("session_id") String sessionId, @QueryParam("include_pages") boolean includePages) {
        var session = SessionIds.parse(sessionId);
        return new ListResponse(session.value().toString(), read.inSession(caller.get(), session, includePages).stream()
                .map(StorybookResponse::of).toList());
    }

    @GET
    @Path("/{storybook_id}")
    @Operation(summary = "One of your storybooks with its pages")
    public StorybookResponse get(@PathParam("storybook_id") String id) {
        return StorybookResponse.of(read.get(caller.get(), StorybooksWire.id(id)));
    }

    @GET
    @Path("/{storybook_id}/progress")
    @Operation(summary = "How far the generation of your storybook is")
    public ProgressResponse progress(@PathParam("storybook_id") String id) {
        StorybookId book = StorybooksWire.id(id);
        return ProgressResponse.of(book, read.progress(caller.get(), book));
    }

    @GET
    @Path("/{storybook_id}/progress/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Blocking // the ownership check reads the database before the stream starts
    @Operation(summary = "The generation's progress as server-sent events: progress {done, total, status} as pages are"
            + " made, then complete, or error {code, message}")
    public Multi<OutboundSseEvent> progressStream(@PathParam("storybook_id") String id, @Context Sse sse) {
        StorybookId book = StorybooksWire.id(id);
        var me = caller.get();
        read.progress(me, book); // another user's book: 404 problem+json before the stream starts
        return StorybookProgressStream.of(() -> read.progress(me, book), sse, json);
    }

    @POST
    @Path("/{storybook_id}/cancel")
    @Operation(summary = "Stop generating your storybook: pages not started are neither made nor billed")
    public CancelResponse cancel(@PathParam("storybook_id") String id) {
        StorybookId book = StorybooksWire.id(id);
        return new CancelResponse(book.value().toString(), cancel.cancel(caller.get(), book));
    }

    @POST
    @Path("/{storybook_id}/pages/{page_number}/text")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "New text for a page: a new version of the book sharing its other pages")
    public Response editText(@PathParam("storybook_id") String id, @PathParam("page_number") int pageNumber,
                             TextRequest body) {
        var edited = edit.editText(caller.get(), StorybooksWire.id(id), pageNumber, body == null ? null : body.text());
        return Response.status(201).entity(StorybookResponse.of(edited)).build();
    }

    @GET
    @Path("/{storybook_id}/versions")
    @Operation(summary = "Every version of your storybook, oldest first")
    public VersionsResponse versions(@PathParam("storybook_id") String id) {
        List<Storybook> versions = read.versions(caller.get(), StorybooksWire.id(id));
        return new VersionsResponse(versions.getFirst().rootId().value().toString(),
                versions.stream().map(StorybookResponse::of).toList());
    }

    @POST
    @Path("/{storybook_id}/publish")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Make this version of your storybook public (published=false hides it again)")
    public StorybookResponse publish(@PathParam("storybook_id") String id, PublishRequest body) {
        boolean published = body == null || body.published() == null || body.published();
        return StorybookResponse.of(edit.publish(caller.get(), StorybooksWire.id(id), published));
    }

    @GET
    @Path("/{storybook_id}/download")
    @Produces({StorybookDownloads.PDF, MediaType.APPLICATION_JSON})
    @Operation(summary = "Your storybook as a PDF, a page per book page, rendered in headless Chromium")
    public Response download(@PathParam("storybook_id") String id) {
        return StorybookDownloads.response(StorybookDownloads.pdf(exports, caller.get(), StorybooksWire.id(id), null,
                StorybookDownloads.NO_PROGRESS));
    }

    @GET
    @Path("/{storybook_id}/download/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "The PDF as server-sent events: progress per page, then the file (base64)")
    @Blocking // the checks before the stream read the database
    public Multi<OutboundSseEvent> downloadStream(@PathParam("storybook_id") String id, @Context Sse sse) {
        StorybookId book = StorybooksWire.id(id);
        var me = caller.get();
        exports.check(me, book, null); // errors before the stream starts are problem+json
        return StorybookDownloads.stream(progress -> StorybookDownloads.pdf(exports, me, book, null, progress), sse, json);
    }

    @GET
    @Path("/{storybook_id}/download/page/{page_number}")
    @Produces({StorybookDownloads.PDF, MediaType.APPLICATION_JSON})
    @Operation(summary = "One page of your storybook as a PDF")
    public Response downloadPage(@PathParam("storybook_id") String id, @PathParam("page_number") int pageNumber) {
        return StorybookDownloads.response(StorybookDownloads.pdf(exports, caller.get(), StorybooksWire.id(id), pageNumber,
                StorybookDownloads.NO_PROGRESS));
    }

    @GET
    @Path("/{storybook_id}/download/png")
    @Produces({StorybookDownloads.ZIP, MediaType.APPLICATION_JSON})
    @Operation(summary = "Your storybook as a ZIP of PNG pictures, one per page")
    public Response downloadPngs(@PathParam("storybook_id") String id) {
        return StorybookDownloads.response(StorybookDownloads.zip(exports, caller.get(), StorybooksWire.id(id),
                StorybookDownloads.NO_PROGRESS));
    }

    @GET
    @Path("/{storybook_id}/download/png/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "The PNG ZIP as server-sent events: progress per page, then the file (base64)")
    @Blocking // the checks before the stream read the database
    public Multi<OutboundSseEvent> downloadPngsStream(@PathParam("storybook_id") String id, @Context Sse sse) {
        StorybookId book = StorybooksWire.id(id);
        var me = caller.get();
        exports.check(me, book, null);
        return StorybookDownloads.stream(progress -> StorybookDownloads.zip(exports, me, book, progress), sse, json);
    }

    @GET
    @Path("/{storybook_id}/download/png/{page_number}")
    @Produces({StorybookDownloads.PNG, MediaType.APPLICATION_JSON})
    @Operation(summary = "One page of your storybook as a PNG picture")
    public Response downloadPng(@PathParam("storybook_id") String id, @PathParam("page_number") int pageNumber) {
        return StorybookDownloads.response(StorybookDownloads.png(exports, caller.get(), StorybooksWire.id(id), pageNumber));
    }

    @POST
    @Path("/{storybook_id}/edit/upload-background")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "A background picture for a page (multipart 'file' and 'page_number'; PNG, JPEG, WebP or GIF,"
            + " at most 5 MiB): a new version sharing the other pages")
    public Response uploadBackground(@PathParam("storybook_id") String id, @RestForm("page_number") Integer pageNumber,
                                     @RestForm("file") FileUpload file) {
        StorybookId book = StorybooksWire.id(id);
        if (file == null) {
            throw new ValidationException(StorybookErrors.BACKGROUND_REQUIRED, "send the picture as multipart field 'file'");
        }
        if (pageNumber == null) {
            throw new ValidationException(StorybookErrors.INVALID_STORYBOOK_PAGE, "send the page as multipart field 'page_number'");
        }
        if (file.size() > StoryPage.MAX_BACKGROUND_BYTES) {
            throw new ValidationException(StorybookErrors.BACKGROUND_TOO_LARGE,
                    "the picture is larger than " + StoryPage.MAX_BACKGROUND_BYTES + " bytes");
        }
        byte[] content;
        try {
            content = Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var edited = edit.setBackground(caller.get(), book, pageNumber, file.contentType(), content);
        return Response.status(201).entity(StorybookResponse.of(edited)).build();
    }

    @GET
    @Path("/{storybook_id}/edit/proxy")
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "One page's HTML for the edit mode's sandboxed frame, under a strict Content-Security-Policy")
    public Response editProxy(@PathParam("storybook_id") String id, @QueryParam("page_number") Integer pageNumber) {
        if (pageNumber == null) {
            throw new ValidationException(StorybookErrors.INVALID_STORYBOOK_PAGE, "page_number names the page");
        }
        String html = exports.pageHtml(caller.get(), StorybooksWire.id(id), pageNumber);
        return Response.ok(html, "text/html; charset=utf-8").header("Content-Security-Policy", PAGE_CSP)
                .header("X-Content-Type-Options", "nosniff").header("Referrer-Policy", "no-referrer")
                .header("Cache-Control", "no-store").header("Cross-Origin-Resource-Policy", "same-origin").build();
    }

    /** Book pages are data only: no script, no network, pictures and fonts inline, framed by the app alone. */
    static final String PAGE_CSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'; font-src data:;"
            + " form-action 'none'; base-uri 'none'; frame-ancestors 'self'; sandbox";

    @POST
    @Path("/{storybook_id}/edit/save")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Save edited texts ({pages: [{page_number, text}]}): one new version sharing the other pages")
    public Response save(@PathParam("storybook_id") String id, SaveRequest body) {
        StorybookId book = StorybooksWire.id(id);
        Map<Integer, String> texts = new LinkedHashMap<>();
        if (body != null && body.pages() != null) {
            for (PageText page : body.pages()) {
                if (page == null || page.pageNumber() == null) {
                    throw new ValidationException(StorybookErrors.INVALID_STORYBOOK_PAGE, "each page needs its page_number");
                }
                texts.put(page.pageNumber(), page.text());
            }
        }
        return Response.status(201).entity(StorybookResponse.of(edit.saveTexts(caller.get(), book, texts))).build();
    }

    @POST
    @Path("/{storybook_id}/pages/{page_number}/regenerate")
    @Operation(summary = "A new illustration for a page (billed like a page's): a new version sharing the other pages")
    public Response regeneratePage(@PathParam("storybook_id") String id, @PathParam("page_number") int pageNumber) {
        return Response.status(201).entity(StorybookResponse.of(regenerate.regenerateImage(caller.get(),
                StorybooksWire.id(id), pageNumber, null))).build();
    }

    @POST
    @Path("/{storybook_id}/edit/ai-regenerate-image")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "A new illustration for a page from a prompt ({page_number, prompt?}), billed: a new version")
    public Response aiRegenerateImage(@PathParam("storybook_id") String id, PromptRequest body) {
        PromptRequest request = promptRequest(body);
        return Response.status(201).entity(StorybookResponse.of(regenerate.regenerateImage(caller.get(),
                StorybooksWire.id(id), request.pageNumber(), request.prompt()))).build();
    }

    @POST
    @Path("/{storybook_id}/edit/ai-generate-background")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "A generated background for a page ({page_number, prompt}), billed: a new version")
    public Response aiGenerateBackground(@PathParam("storybook_id") String id, PromptRequest body) {
        PromptRequest request = promptRequest(body);
        return Response.status(201).entity(StorybookResponse.of(regenerate.generateBackground(caller.get(),
                StorybooksWire.id(id), request.pageNumber(), request.prompt()))).build();
    }

    @POST
    @Path("/{storybook_id}/edit/ai-rewrite")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The model rewrites a page's text ({page_number, instruction?, content?}), billed: a new version"
            + " sharing the other pages")
    public Response aiRewrite(@PathParam("storybook_id") String id, RewriteRequest body) {
        StorybookId book = StorybooksWire.id(id);
        if (body == null || body.pageNumber() == null) {
            throw new ValidationException(StorybookErrors.INVALID_STORYBOOK_PAGE, "send {page_number, instruction}");
        }
        return Response.status(201).entity(StorybookResponse.of(rewrite.rewrite(caller.get(), book, body.pageNumber(),
                body.instruction(), body.content()))).build();
    }

    private static PromptRequest promptRequest(PromptRequest body) {
        if (body == null || body.pageNumber() == null) {
            throw new ValidationException(StorybookErrors.INVALID_STORYBOOK_PAGE, "send {page_number, prompt}");
        }
        return body;
    }

    @POST
    @Path("/{storybook_id}/voice")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Read your storybook aloud ({language, force}): a new version whose pages get voice-over from a"
            + " background job, each page billed")
    public Response voice(@PathParam("storybook_id") String id, VoiceRequest body) {
        var started = voice.voice(caller.get(), StorybooksWire.id(id), body == null ? null : body.language(),
                body != null && Boolean.TRUE.equals(body.force()));
        return Response.status(202).entity(StartedResponse.of(started)).build();
    }
}
