package ai.iiagent.port.in.projects;

import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.users.UserId;

/** {@code GET /v1/project/{session_id}}. */
public interface GetProjectUseCase {

    /** @throws ai.iiagent.domain.shared.NotFoundException {@code project_not_found} unless the caller's session has one */
    ProjectView get(UserId caller, SessionId sessionId);
}
