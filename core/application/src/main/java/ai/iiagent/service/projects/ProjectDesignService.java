package ai.iiagent.service.projects;

import ai.iiagent.domain.projects.DesignChange;
import ai.iiagent.domain.projects.DesignState;
import ai.iiagent.domain.projects.Project;
import ai.iiagent.domain.projects.ProjectErrors;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.shared.ValidationException;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.port.in.projects.PreviewRoute;
import ai.iiagent.port.in.projects.PreviewUseCase;
import ai.iiagent.port.in.projects.ProjectDesignUseCase;
import ai.iiagent.port.out.sandbox.SandboxPreviewPort;
import ai.iiagent.port.out.clock.ClockPort;
import ai.iiagent.port.out.projects.DesignStateRepository;
import java.util.List;
import java.util.function.UnaryOperator;

/** Design mode's stored state, the owner's only (docs/projects.md, Design mode). */
public final class ProjectDesignService implements ProjectDesignUseCase {

    private static final int MAX_SELECTOR = 2_000;
    private static final int MAX_ELEMENT_HTML = 64 * 1024;
    private static final int MAX_INSTRUCTION = 4_000;
    private static final int MAX_PENDING = 50;

    private final ProjectAccess access;
    private final DesignStateRepository states;
    private final ClockPort clock;
    private final SandboxPreviewPort relays;
    private final UnaryOperator<SessionId> servingSandbox;

    /** @param servingSandbox the session whose sandbox serves a session (itself, or a shared fork's ancestor) */
    public ProjectDesignService(ProjectAccess access, DesignStateRepository states, ClockPort clock,
                                SandboxPreviewPort relays, UnaryOperator<SessionId> servingSandbox) {
        this.access = access;
        this.states = states;
        this.clock = clock;
        this.relays = relays;
        this.servingSandbox = servingSandbox;
    }

    @Override
    public PreviewRoute pageRoute(UserId caller, SessionId sessionId, int port) {
        Project project = access.ofSession(caller, sessionId);
        if (port < 1 || port > 65_535) {
            throw new ValidationException(PreviewUseCase.INVALID_PORT, "a port is between 1 and 65535");
        }
        return new PreviewRoute(relays.relay(servingSandbox.apply(project.sessionId()), port));
    }

    @Override
    public DesignState state(UserId caller, SessionId sessionId) {
        Project project = access.ofSession(caller, sessionId);
        return states.find(project.id()).orElseGet(() -> DesignState.empty(project.id()));
    }

    @Override
    public DesignState saveState(UserId caller, SessionId sessionId, String selector, String elementHtml,
                                 List<DesignChange> pendingChanges) {
        Project project = access.ofSession(caller, sessionId);
        List<DesignChange> pending = pendingChanges == null ? List.of() : pendingChanges;
        if ((selector == null) != (elementHtml == null)) {
            throw invalid("selected_element has both selector and html, or is null when nothing is picked");
        }
        if (selector != null) {
            text(selector, MAX_SELECTOR, "selector");
            text(elementHtml, MAX_ELEMENT_HTML, "html");
        }
        if (pending.size() > MAX_PENDING) {
            throw invalid("at most " + MAX_PENDING + " pending changes");
        }
        for (DesignChange change : pending) {
            if (change == null) {
                throw invalid("a pending change is {selector, instruction}");
            }
            text(change.selector(), MAX_SELECTOR, "a pending change's selector");
            text(change.instruction(), MAX_INSTRUCTION, "a pending change's instruction");
        }
        DesignState state = new DesignState(project.id(), selector, elementHtml, pending, clock.now());
        states.save(state);
        return state;
    }

    /** Refuses a missing, blank, oversized or NUL-holding {@code what} with {@code invalid_design_state}. */
    static void text(String value, int max, String what) {
        if (value == null || value.isBlank() || value.length() > max || value.indexOf('\0') >= 0) {
            throw invalid(what + " is a non-blank string of at most " + max + " characters");
        }
    }

    static ValidationException invalid(String message) {
        return new ValidationException(ProjectErrors.INVALID_DESIGN_STATE, message);
    }
}
