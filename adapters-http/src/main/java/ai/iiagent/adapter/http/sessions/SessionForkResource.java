package ai.iiagent.adapter.http.sessions;

import ai.iiagent.adapter.http.sessions.SessionWire.ForkContextBody;
import ai.iiagent.adapter.http.sessions.SessionWire.ForkRequestBody;
import ai.iiagent.adapter.http.sessions.SessionWire.ForkResponse;
import ai.iiagent.adapter.http.users.CurrentIdentity;
import ai.iiagent.domain.sessions.ForkContext;
import ai.iiagent.domain.sessions.ForkRequest;
import ai.iiagent.domain.sessions.ForkType;
import ai.iiagent.domain.sessions.SandboxMode;
import ai.iiagent.domain.shared.ModelSettingId;
import ai.iiagent.port.in.sessions.ForkSessionCommand;
import ai.iiagent.port.in.sessions.ForkSessionUseCase;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Forks one of the caller's sessions into a new child session (201, like creating one). */
@Path("/v1/sessions/{id}/fork")
@Authenticated
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class SessionForkResource {

    private final CurrentIdentity caller;
    private final ForkSessionUseCase fork;
    private final SessionHttpMapper mapper;

    public SessionForkResource(CurrentIdentity caller, ForkSessionUseCase fork, SessionHttpMapper mapper) {
        this.caller = caller;
        this.fork = fork;
        this.mapper = mapper;
    }

    @POST
    @Operation(summary = "Continue a session in a new one: research_to_website (from a research session) or continue")
    public Response fork(@PathParam("id") String id, ForkRequestBody body) {
        var parent = SessionIds.parse(id);
        ForkRequestBody form = body == null ? new ForkRequestBody(null, null, null, null) : body;
        ForkContextBody context = form.context() == null ? new ForkContextBody(null, null) : form.context();
        ForkRequest request = new ForkRequest(ForkType.fromCode(form.forkType()), SandboxMode.fromCode(form.sandboxMode()),
                new ForkContext(context.attachments(), context.additionalInstruction()),
                form.modelSettingId() == null ? null : new ModelSettingId(form.modelSettingId()));
        ForkResponse child = mapper.toForkResponse(fork.fork(new ForkSessionCommand(caller.get(), parent, request)));
        return Response.status(Response.Status.CREATED).entity(child).build();
    }
}
