package ai.iiagent.port.in.projects;

import ai.iiagent.domain.projects.DesignChange;
import ai.iiagent.domain.projects.DesignState;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.users.UserId;
import java.util.List;

/**
 * Design mode's state ({@code /v1/project/design/state}): the element the owner picked in the design
 * iframe and the changes they queued, per session's project. Another user's session, a session without
 * a project and a deleted session are {@code project_not_found}; oversized or malformed input is
 * {@code invalid_design_state}.
 */
public interface ProjectDesignUseCase {

    /** The saved state of the session's project, or an empty one. */
    DesignState state(UserId caller, SessionId sessionId);

    /** Replaces the state: the picked element (both null when nothing is picked) and the queued changes. */
    DesignState saveState(UserId caller, SessionId sessionId, String selector, String elementHtml,
                          List<DesignChange> pendingChanges);

    /**
     * Where the design iframe's page comes from: the relay to the server listening on {@code port} in
     * the sandbox of the session's project (the preview's own relay).
     *
     * @throws ai.iiagent.domain.shared.ValidationException {@code invalid_port} outside 1..65535
     * @throws ai.iiagent.domain.shared.NotFoundException {@code preview_not_listening} when nothing listens there
     */
    PreviewRoute pageRoute(UserId caller, SessionId sessionId, int port);
}
