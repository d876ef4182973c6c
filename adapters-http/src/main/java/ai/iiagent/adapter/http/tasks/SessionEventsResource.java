package ai.iiagent.adapter.http.tasks;

import ai.iiagent.adapter.http.sessions.SessionIds;
import ai.iiagent.adapter.http.sessions.SessionWire.EventListResponse;
import ai.iiagent.adapter.http.users.CurrentIdentity;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Replay of a session's stored events (the reconnect path of the realtime protocol). */
@Path("/v1/sessions/{id}/events")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class SessionEventsResource {

    private final CurrentIdentity caller;
    private final SessionReplay replay;

    public SessionEventsResource(CurrentIdentity caller, SessionReplay replay) {
        this.caller = caller;
        this.replay = replay;
    }

    @GET
    @Operation(summary = "Stored events after a seq, ascending, with the latest run's status; internal events excluded")
    public EventListResponse events(@PathParam("id") String id, @QueryParam("after_seq") @DefaultValue("0") long afterSeq,
                                    @QueryParam("limit") @DefaultValue("500") int limit) {
        return replay.replay(caller.get(), SessionIds.parse(id), afterSeq, limit);
    }
}
