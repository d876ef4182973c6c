package ai.iiagent.service.projects;

import ai.iiagent.domain.projects.Project;
import ai.iiagent.domain.projects.ProjectErrors;
import ai.iiagent.domain.projects.ProjectId;
import ai.iiagent.domain.projects.ProjectTemplates;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.sessions.SessionNotFoundException;
import ai.iiagent.domain.shared.ConflictException;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.port.in.projects.InitProjectUseCase;
import ai.iiagent.port.out.clock.ClockPort;
import ai.iiagent.port.out.sessions.SessionRepository;

/** Records a session's project, then provisions its database when asked or when the template needs one. */
public final class InitProjectService implements InitProjectUseCase {

    private final SessionRepository sessions;
    private final ProjectAccess access;
    private final ProjectDatabases databases;
    private final ClockPort clock;

    public InitProjectService(SessionRepository sessions, ProjectAccess access, ProjectDatabases databases, ClockPort clock) {
        this.sessions = sessions;
        this.access = access;
        this.databases = databases;
        this.clock = clock;
    }

    @Override
    public Project init(UserId owner, SessionId sessionId, String name, String framework, boolean withDatabase) {
        String projectName = Project.requireName(name);
        String template = ProjectTemplates.resolve(framework);
        sessions.findById(sessionId).filter(s -> !s.isDeleted() && s.isOwnedBy(owner))
                .orElseThrow(() -> new SessionNotFoundException(sessionId));
        if (access.projects().findBySession(sessionId).isPresent()) {
            throw new ConflictException(ProjectErrors.PROJECT_EXISTS, "this session already has a project");
        }
        Project project = new Project(ProjectId.random(), owner, sessionId, projectName, template, null, clock.now());
        access.projects().insert(project);
        return withDatabase || ProjectTemplates.needsDatabase(template) ? databases.ensure(project) : project;
    }
}
