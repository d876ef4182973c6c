package ai.iiagent.adapter.http.sessions;

import ai.iiagent.adapter.http.sessions.SessionWire.SessionInfo;
import ai.iiagent.port.in.sessions.GetSessionUseCase;
import ai.iiagent.port.in.sessions.SessionQuery;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Read-only views of published sessions; no authentication. Private or deleted sessions are 404. */
@Path("/v1/public/sessions/{id}")
@Produces(MediaType.APPLICATION_JSON)
public class PublicSessionResource {

    private final GetSessionUseCase get;
    private final SessionHttpMapper mapper;

    public PublicSessionResource(GetSessionUseCase get, SessionHttpMapper mapper) {
        this.get = get;
        this.mapper = mapper;
    }

    @GET
    @Operation(summary = "A published session")
    public SessionInfo get(@PathParam("id") String id) {
        return mapper.toInfo(get.get(new SessionQuery(null, SessionIds.parse(id))));
    }

}
