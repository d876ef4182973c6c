package ai.iiagent.service.projects;

import ai.iiagent.domain.projects.Project;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.port.in.projects.GetProjectUseCase;
import ai.iiagent.port.in.projects.ProjectView;
import ai.iiagent.port.out.projects.ProjectSecretRepository;
import java.util.List;

/** A session's project for its owner, with its secrets' names. */
public final class GetProjectService implements GetProjectUseCase {

    private final ProjectAccess access;
    private final ProjectSecretRepository secrets;

    public GetProjectService(ProjectAccess access, ProjectSecretRepository secrets) {
        this.access = access;
        this.secrets = secrets;
    }

    @Override
    public ProjectView get(UserId caller, SessionId sessionId) {
        Project project = access.ofSession(caller, sessionId);
        return new ProjectView(project, List.copyOf(secrets.of(project.id()).keySet()));
    }
}
