package ai.iiagent.adapter.http.tasks;

import ai.iiagent.adapter.http.sessions.SessionIds;
import ai.iiagent.adapter.http.sessions.SessionWire.EventListResponse;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Replay of a published session's events; no authentication, private sessions are 404. */
@Path("/v1/public/sessions/{id}/events")
@Produces(MediaType.APPLICATION_JSON)
public class PublicSessionEventsResource {

    private final SessionReplay replay;

    public PublicSessionEventsResource(SessionReplay replay) {
        this.replay = replay;
    }

    @GET
    @Operation(summary = "A published session's stored events after a seq")
    public EventListResponse events(@PathParam("id") String id, @QueryParam("after_seq") @DefaultValue("0") long afterSeq,
                                    @QueryParam("limit") @DefaultValue("500") int limit) {
        return replay.replay(null, SessionIds.parse(id), afterSeq, limit);
    }
}
