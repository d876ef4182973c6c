package ai.iiagent.adapter.http.sessions;

import ai.iiagent.adapter.http.users.CurrentIdentity;
import ai.iiagent.adapter.http.sessions.SessionWire.BulkDeleteRequest;
import ai.iiagent.adapter.http.sessions.SessionWire.BulkDeleteResponse;
import ai.iiagent.adapter.http.sessions.SessionWire.CreateSessionRequest;
import ai.iiagent.adapter.http.sessions.SessionWire.MessageResponse;
import ai.iiagent.adapter.http.sessions.SessionWire.SessionInfo;
import ai.iiagent.adapter.http.sessions.SessionWire.SessionListResponse;
import ai.iiagent.adapter.http.sessions.SessionWire.UpdateSessionRequest;
import ai.iiagent.domain.sessions.AppKind;
import ai.iiagent.domain.sessions.SessionSearch;
import ai.iiagent.domain.shared.ErrorCode;
import ai.iiagent.domain.shared.ValidationException;
import ai.iiagent.port.in.sessions.BulkDeleteResult;
import ai.iiagent.port.in.sessions.BulkDeleteSessionsCommand;
import ai.iiagent.port.in.sessions.BulkDeleteSessionsUseCase;
import ai.iiagent.port.in.sessions.CreateSessionCommand;
import ai.iiagent.port.in.sessions.CreateSessionUseCase;
import ai.iiagent.port.in.sessions.GetSessionUseCase;
import ai.iiagent.port.in.sessions.ListSessionsUseCase;
import ai.iiagent.port.in.sessions.SessionQuery;
import ai.iiagent.port.in.sessions.UpdateSessionCommand;
import ai.iiagent.port.in.sessions.UpdateSessionUseCase;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The caller's sessions. Someone else's session is always 404, never 403: its existence is not disclosed. */
@Path("/v1/sessions")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class SessionResource {

    private final CurrentIdentity caller;
    private final CreateSessionUseCase create;
    private final ListSessionsUseCase list;
    private final GetSessionUseCase get;
    private final UpdateSessionUseCase update;
    private final BulkDeleteSessionsUseCase bulkDelete;
    private final SessionHttpMapper mapper;

    public SessionResource(CurrentIdentity caller, CreateSessionUseCase create, ListSessionsUseCase list,
                           GetSessionUseCase get, UpdateSessionUseCase update, BulkDeleteSessionsUseCase bulkDelete,
                           SessionHttpMapper mapper) {
        this.caller = caller;
        this.create = create;
        this.list = list;
        this.get = get;
        this.update = update;
        this.bulkDelete = bulkDelete;
        this.mapper = mapper;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a session (private; name optional)")
    public Response create(CreateSessionRequest body) {
        CreateSessionRequest form = body == null ? new CreateSessionRequest(null, null, null) : body;
        AppKind kind = form.sessionType() == null ? AppKind.AGENT : AppKind.fromCode(form.sessionType());
        SessionInfo created = mapper.toInfo(create.create(new CreateSessionCommand(caller.get(), form.name(), kind,
                form.agentType())));
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @GET
    @Operation(summary = "The caller's sessions, newest first; search by name, filter, paginate (per_page <= 100)")
    public SessionListResponse list(@QueryParam("query") String query, @QueryParam("page") @DefaultValue("1") int page,
                                    @QueryParam("per_page") @DefaultValue("20") int perPage,
                                    @QueryParam("public_only") @DefaultValue("false") boolean publicOnly,
                                    @QueryParam("session_type") String sessionType) {
        AppKind kind = sessionType == null || sessionType.isBlank() ? null : AppKind.fromCode(sessionType);
        return mapper.toResponse(list.list(new SessionSearch(caller.get().userId(), query, publicOnly, kind, page,
                perPage)));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One of the caller's sessions")
    public SessionInfo get(@PathParam("id") String id) {
        return mapper.toInfo(get.get(new SessionQuery(caller.get(), SessionIds.parse(id))));
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rename a session")
    public SessionInfo rename(@PathParam("id") String id, UpdateSessionRequest body) {
        if (body == null || body.name() == null) {
            throw new ValidationException(ErrorCode.of("name_required"), "send {\"name\": ...}");
        }
        return mapper.toInfo(update.update(UpdateSessionCommand.rename(caller.get(), SessionIds.parse(id), body.name())));
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Soft-delete a session (its events are kept)")
    public MessageResponse delete(@PathParam("id") String id) {
        update.update(UpdateSessionCommand.delete(caller.get(), SessionIds.parse(id)));
        return new MessageResponse("session deleted");
    }

    @POST
    @Path("/bulk-delete")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Soft-delete 1 to 50 sessions; reports deleted and failed ids")
    public BulkDeleteResponse bulkDelete(BulkDeleteRequest body) {
        List<String> raw = body == null || body.sessionIds() == null ? List.of() : body.sessionIds();
        BulkDeleteResult result = bulkDelete.delete(new BulkDeleteSessionsCommand(caller.get(),
                raw.stream().map(SessionIds::parse).toList()));
        return new BulkDeleteResponse(result.deletedIds().stream().map(mapper::fromSessionId).toList(),
                result.failedIds().stream().map(mapper::fromSessionId).toList());
    }

    @POST
    @Path("/{id}/publish")
    @Operation(summary = "Make the session readable by anyone with its link")
    public SessionInfo publish(@PathParam("id") String id) {
        return mapper.toInfo(update.update(UpdateSessionCommand.publish(caller.get(), SessionIds.parse(id), true)));
    }

    @POST
    @Path("/{id}/unpublish")
    @Operation(summary = "Make the session private again")
    public SessionInfo unpublish(@PathParam("id") String id) {
        return mapper.toInfo(update.update(UpdateSessionCommand.publish(caller.get(), SessionIds.parse(id), false)));
    }

}
