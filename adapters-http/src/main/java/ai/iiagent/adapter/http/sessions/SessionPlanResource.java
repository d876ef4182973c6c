package ai.iiagent.adapter.http.sessions;

import ai.iiagent.adapter.http.users.CurrentIdentity;
import ai.iiagent.domain.sessions.Milestone;
import ai.iiagent.domain.sessions.MilestoneStatus;
import ai.iiagent.domain.sessions.SessionPlan;
import ai.iiagent.domain.shared.ErrorCode;
import ai.iiagent.domain.shared.ValidationException;
import ai.iiagent.port.in.sessions.UpdateSessionPlanCommand;
import ai.iiagent.port.in.sessions.UpdateSessionPlanUseCase;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Plan mode: the owner (or the UI on their behalf) replaces the session's plan. */
@Path("/v1/sessions/{id}/plan")
@Authenticated
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class SessionPlanResource {

    public record MilestoneBody(String id, String content, String status, String details, List<String> dependencies) {
    }

    public record PlanBody(String summary, List<MilestoneBody> milestones) {
    }

    private final CurrentIdentity caller;
    private final UpdateSessionPlanUseCase update;

    public SessionPlanResource(CurrentIdentity caller, UpdateSessionPlanUseCase update) {
        this.caller = caller;
        this.update = update;
    }

    @PATCH
    @Operation(summary = "Replace the session's plan; records a plan.milestone.generated event")
    public PlanBody replace(@PathParam("id") String id, PlanBody body) {
        if (body == null || body.milestones() == null) {
            throw new ValidationException(ErrorCode.of("invalid_plan"), "send {\"summary\": ..., \"milestones\": [...]}");
        }
        SessionPlan plan = new SessionPlan(body.summary(), body.milestones().stream()
                .map(m -> new Milestone(m.id(), m.content(), m.status() == null ? null : MilestoneStatus.fromCode(m.status()),
                        m.details(), m.dependencies()))
                .toList());
        SessionPlan saved = update.update(new UpdateSessionPlanCommand(caller.get(), SessionIds.parse(id), plan));
        return new PlanBody(saved.summary(), saved.milestones().stream()
                .map(m -> new MilestoneBody(m.id(), m.content(), m.status().code(), m.details(), m.dependencies()))
                .toList());
    }
}
