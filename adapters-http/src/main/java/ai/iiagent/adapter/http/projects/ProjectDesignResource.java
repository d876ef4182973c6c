package ai.iiagent.adapter.http.projects;

import ai.iiagent.adapter.http.users.CurrentIdentity;
import ai.iiagent.domain.projects.DesignChange;
import ai.iiagent.domain.projects.DesignState;
import ai.iiagent.domain.projects.ProjectErrors;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.shared.NotFoundException;
import ai.iiagent.domain.shared.ValidationException;
import ai.iiagent.port.in.projects.DesignChangeUseCase;
import ai.iiagent.port.in.projects.DesignChangeResult;
import ai.iiagent.port.in.projects.DesignNode;
import ai.iiagent.port.in.projects.DesignPlan;
import ai.iiagent.port.in.projects.DesignPlanUseCase;
import ai.iiagent.port.in.projects.DesignRevertResult;
import ai.iiagent.port.in.projects.PreviewRoute;
import ai.iiagent.port.in.projects.PreviewUseCase;
import ai.iiagent.port.in.projects.ProjectDesignUseCase;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Design mode over REST (docs/projects.md, Design mode): the project's page made inert for the design
 * iframe, and the element the owner picked there and the changes they queued, per session's project. Another user's session is
 * {@code 404 project_not_found}.
 */
@Path("/v1/project/design")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class ProjectDesignResource {

    public record SelectedElement(String selector, String html) {
    }

    public record PendingChange(String selector, String instruction) {
    }

    public record StateRequest(String sessionId, SelectedElement selectedElement, List<PendingChange> pendingChanges) {
    }

    public record ChangeRequest(String sessionId, String filePath, String selector, String elementHtml,
                                String instruction) {
    }

    public record ChangeResponse(boolean success, String filePath, String oldHtml, String newHtml, String checkpoint,
                                 String commit) {
    }

    public record RevertRequest(String sessionId, String filePath, String checkpoint) {
    }

    public record RevertResponse(boolean success, String filePath, String checkpoint, String commit) {
    }

    public record PlanElement(String designId, String tagName, String className, String textContent) {
    }

    public record SnapshotNode(String designId, String tagName, String className, String id, String textContent,
                               String html, String parentDesignId) {
    }

    public record DocumentSnapshot(String url, String title, List<SnapshotNode> nodes) {
    }

    public record PlanRequest(String sessionId, String userRequest, PlanElement selectedElement,
                              DocumentSnapshot documentSnapshot) {
    }

    public record PlanOperation(String op, String designId, String property, String value, String text) {
    }

    public record PlanResponse(List<PlanOperation> operations, String explanation) {
    }

    public record StateResponse(UUID sessionId, UUID projectId, SelectedElement selectedElement,
                                List<PendingChange> pendingChanges, Instant updatedAt) {
    }

    private final CurrentIdentity caller;
    private static final int DEFAULT_PORT = 3000;

    private final ProjectDesignUseCase design;
    private final DesignChangeUseCase changes;
    private final DesignPlanUseCase plans;
    private final DesignPages pages = new DesignPages();

    public ProjectDesignResource(CurrentIdentity caller, ProjectDesignUseCase design, DesignChangeUseCase changes,
                                 DesignPlanUseCase plans) {
        this.caller = caller;
        this.design = design;
        this.changes = changes;
        this.plans = plans;
    }

    @GET
    @Path("/state")
    @Operation(summary = "The design-mode state of the session's project (picked element, queued changes)")
    public StateResponse state(@QueryParam("session_id") String sessionId) {
        SessionId session = session(sessionId);
        return response(session, design.state(caller.get().userId(), session));
    }

    @POST
    @Path("/state")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace the design-mode state ({session_id, selected_element: {selector, html}|null, pending_changes})")
    public StateResponse saveState(StateRequest body) {
        if (body == null) {
            throw new ValidationException(ProjectErrors.INVALID_DESIGN_STATE,
                    "the body is {session_id, selected_element, pending_changes}");
        }
        SessionId session = session(body.sessionId());
        SelectedElement picked = body.selectedElement();
        List<DesignChange> pending = body.pendingChanges() == null ? List.of() : body.pendingChanges().stream()
                .map(change -> change == null ? null : new DesignChange(change.selector(), change.instruction())).toList();
        return response(session, design.saveState(caller.get().userId(), session,
                picked == null ? null : picked.selector(), picked == null ? null : picked.html(), pending));
    }

    @GET
    @Path("/proxy")
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "The project's page (from its server in the sandbox, via the preview relay) made inert for the"
            + " design iframe, under a strict Content-Security-Policy")
    public Response proxy(@QueryParam("session_id") String sessionId, @QueryParam("port") String port,
                          @QueryParam("path") String path) {
        PreviewRoute route = design.pageRoute(caller.get().userId(), session(sessionId), port(port));
        return pages.page(route.relay(), path);
    }

    @POST
    @Path("/ai-change")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The model rewrites the picked element as instructed; the project's file is changed and"
            + " committed after a git checkpoint (billed as an LLM call)")
    public ChangeResponse aiChange(ChangeRequest body) {
        if (body == null) {
            throw new ValidationException(ProjectErrors.INVALID_DESIGN_STATE,
                    "the body is {session_id, file_path, selector, element_html, instruction}");
        }
        DesignChangeResult done = changes.change(caller.get().userId(), session(body.sessionId()), body.filePath(),
                body.selector(), body.elementHtml(), body.instruction());
        return new ChangeResponse(true, done.filePath(), done.oldHtml(), done.newHtml(), done.checkpoint(), done.commit());
    }

    @POST
    @Path("/revert")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Put a file of the project back as it was at an AI change's checkpoint (committed)")
    public RevertResponse revert(RevertRequest body) {
        if (body == null) {
            throw new ValidationException(ProjectErrors.INVALID_DESIGN_STATE,
                    "the body is {session_id, file_path, checkpoint}");
        }
        DesignRevertResult done = changes.revert(caller.get().userId(), session(body.sessionId()), body.filePath(),
                body.checkpoint());
        return new RevertResponse(true, done.filePath(), done.checkpoint(), done.commit());
    }

    @POST
    @Path("/ai-iframe-plan")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The model plans style and text operations on the design iframe's copy of the page, from"
            + " a snapshot of its elements (billed as an LLM call; the project is not changed)")
    public PlanResponse aiIframePlan(PlanRequest body) {
        if (body == null || body.documentSnapshot() == null) {
            throw new ValidationException(ProjectErrors.INVALID_DESIGN_STATE,
                    "the body is {session_id, user_request, selected_element, document_snapshot: {url, title, nodes}}");
        }
        SessionId session = session(body.sessionId());
        List<DesignNode> nodes = body.documentSnapshot().nodes() == null ? List.of() : body.documentSnapshot().nodes()
                .stream().map(node -> node == null ? null : new DesignNode(node.designId(), node.tagName(),
                        node.className(), node.id(), node.textContent(), node.html(), node.parentDesignId())).toList();
        DesignPlan plan = plans.plan(caller.get().userId(), session, body.userRequest(),
                body.selectedElement() == null ? null : body.selectedElement().designId(), body.documentSnapshot().title(),
                nodes);
        return new PlanResponse(plan.operations().stream().map(op -> new PlanOperation(op.op(), op.designId(),
                op.property(), op.value(), op.text())).toList(), plan.explanation());
    }

    private static int port(String raw) {
        if (raw == null || raw.isBlank()) {
            return DEFAULT_PORT;
        }
        try {
            return Integer.parseInt(raw.strip());
        } catch (NumberFormatException e) {
            throw new ValidationException(PreviewUseCase.INVALID_PORT, "port is a number between 1 and 65535");
        }
    }

    private static StateResponse response(SessionId session, DesignState state) {
        SelectedElement picked = state.selector() == null ? null : new SelectedElement(state.selector(), state.elementHtml());
        return new StateResponse(session.value(), state.projectId().value(), picked, state.pendingChanges().stream()
                .map(change -> new PendingChange(change.selector(), change.instruction())).toList(), state.updatedAt());
    }

    private static SessionId session(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new ValidationException(ProjectErrors.INVALID_DESIGN_STATE, "session_id is required");
        }
        try {
            return new SessionId(UUID.fromString(raw));
        } catch (IllegalArgumentException malformed) {
            throw new NotFoundException(ProjectErrors.PROJECT_NOT_FOUND, "no such project");
        }
    }
}
