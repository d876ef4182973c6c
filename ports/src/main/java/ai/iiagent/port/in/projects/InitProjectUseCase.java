package ai.iiagent.port.in.projects;

import ai.iiagent.domain.projects.Project;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.users.UserId;

/** Creates a session's project ({@code fullstack_project_init}); the tool scaffolds the files. */
public interface InitProjectUseCase {

    /**
     * Records the project and, when asked (or the template needs one), provisions its database.
     *
     * @throws ai.iiagent.domain.sessions.SessionNotFoundException when the session is not the owner's
     * @throws ai.iiagent.domain.shared.ConflictException {@code project_exists} when the session has a project
     * @throws ai.iiagent.domain.shared.ValidationException {@code invalid_project_name}, {@code unknown_framework}
     */
    Project init(UserId owner, SessionId sessionId, String name, String framework, boolean withDatabase);
}
