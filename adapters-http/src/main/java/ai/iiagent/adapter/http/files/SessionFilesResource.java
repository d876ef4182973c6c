package ai.iiagent.adapter.http.files;

import ai.iiagent.adapter.http.files.FilesWire.SessionFile;
import ai.iiagent.adapter.http.sessions.SessionIds;
import ai.iiagent.adapter.http.users.CurrentIdentity;
import ai.iiagent.port.in.files.ListSessionFilesQuery;
import ai.iiagent.port.in.files.ListSessionFilesUseCase;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Files attached to one of the caller's sessions. */
@Path("/v1/sessions/{id}/files")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class SessionFilesResource {

    private final CurrentIdentity caller;
    private final ListSessionFilesUseCase files;

    public SessionFilesResource(CurrentIdentity caller, ListSessionFilesUseCase files) {
        this.caller = caller;
        this.files = files;
    }

    @GET
    @Operation(summary = "Ready assets linked to the session, with signed URLs (owner only)")
    public List<SessionFile> list(@PathParam("id") String id) {
        return files.list(new ListSessionFilesQuery(caller.get(), SessionIds.parse(id))).stream()
                .map(SessionFile::of).toList();
    }
}
