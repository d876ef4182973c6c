package ai.iiagent.adapter.http.sessions;

import ai.iiagent.adapter.http.sessions.SessionWire.EventListResponse;
import ai.iiagent.adapter.http.sessions.SessionWire.SessionInfo;
import ai.iiagent.port.in.sessions.GetSessionUseCase;
import ai.iiagent.port.in.sessions.SessionQuery;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Read-only views of published sessions; no authentication. Private or deleted sessions are 404. */
@Path("/v1/public/sessions/{id}")
@Produces(MediaType.APPLICATION_JSON)
public class PublicSessionResource {

    private final GetSessionUseCase get;
    private final SessionEvents events;
    private final SessionHttpMapper mapper;

    public PublicSessionResource(GetSessionUseCase get, SessionEvents events, SessionHttpMapper mapper) {
        this.get = get;
        this.events = events;
        this.mapper = mapper;
    }

    @GET
    @Operation(summary = "A published session")
    public SessionInfo get(@PathParam("id") String id) {
        return mapper.toInfo(get.get(new SessionQuery(null, SessionIds.parse(id))));
    }

    @GET
    @Path("/events")
    @Operation(summary = "A published session's stored events after a seq")
    public EventListResponse events(@PathParam("id") String id, @QueryParam("after_seq") @DefaultValue("0") long afterSeq,
                                    @QueryParam("limit") @DefaultValue("500") int limit) {
        return events.list(null, SessionIds.parse(id), afterSeq, limit);
    }
}
