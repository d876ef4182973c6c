package ai.iiagent.adapter.http.projects;

import ai.iiagent.adapter.http.sessions.SessionIds;
import ai.iiagent.adapter.http.users.CurrentIdentity;
import ai.iiagent.port.in.projects.PreviewLink;
import ai.iiagent.port.in.projects.PreviewUseCase;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code POST /v1/sessions/{id}/previews/{port}}: the owner's link to a server listening on that port
 * in the session's sandbox (docs/projects.md "Preview"). {@code open_url} signs the browser in to the
 * preview's own origin; it expires after two minutes, the cookie it sets after twelve hours.
 */
@Path("/v1/sessions/{id}/previews/{port}")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class PreviewResource {

    public record PreviewResponse(int port, String url, String openUrl, Instant grantExpiresAt) {
    }

    private final CurrentIdentity caller;
    private final PreviewUseCase previews;

    public PreviewResource(CurrentIdentity caller, PreviewUseCase previews) {
        this.caller = caller;
        this.previews = previews;
    }

    @POST
    @Operation(summary = "Open a preview of a server running in the session's sandbox (owner only)")
    public PreviewResponse open(@PathParam("id") String id, @PathParam("port") int port) {
        PreviewLink link = previews.open(caller.get().userId(), SessionIds.parse(id), port);
        return new PreviewResponse(link.port(), link.url().toString(), link.openUrl().toString(), link.grantExpiresAt());
    }
}
