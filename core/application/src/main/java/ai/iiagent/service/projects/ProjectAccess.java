package ai.iiagent.service.projects;

import ai.iiagent.domain.projects.Project;
import ai.iiagent.domain.projects.ProjectDatabase;
import ai.iiagent.domain.projects.ProjectErrors;
import ai.iiagent.domain.projects.ProjectId;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.shared.NotFoundException;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.port.out.projects.DatabaseLogin;
import ai.iiagent.port.out.projects.ProjectRepository;
import ai.iiagent.port.out.secrets.SecretCipherPort;
import ai.iiagent.port.out.sessions.SessionRepository;

/**
 * The projects services' shared look-ups: a project only for the owner of its live session
 * (anyone else, and a deleted session, get {@code project_not_found}), and its database login.
 */
public final class ProjectAccess {

    private final SessionRepository sessions;
    private final ProjectRepository projects;
    private final SecretCipherPort cipher;

    public ProjectAccess(SessionRepository sessions, ProjectRepository projects, SecretCipherPort cipher) {
        this.sessions = sessions;
        this.projects = projects;
        this.cipher = cipher;
    }

    /** The project of the caller's session. */
    public Project ofSession(UserId caller, SessionId sessionId) {
        return projects.findBySession(sessionId).filter(project -> visible(caller, project))
                .orElseThrow(ProjectAccess::notFound);
    }

    /** The caller's project by id. */
    public Project byId(UserId caller, ProjectId projectId) {
        return projects.findById(projectId).filter(project -> visible(caller, project))
                .orElseThrow(ProjectAccess::notFound);
    }

    /** The login of a project's database (its password opened). */
    public DatabaseLogin login(ProjectDatabase database) {
        return new DatabaseLogin(database.host(), database.port(), database.name(), database.role(),
                cipher.decryptText(database.password()));
    }

    /** The project's database, or {@code project_database_not_found}. */
    public ProjectDatabase databaseOf(Project project) {
        return project.optionalDatabase().orElseThrow(() -> new NotFoundException(ProjectErrors.NO_DATABASE,
                "the project has no database; the agent creates one with get_database_connection"));
    }

    SecretCipherPort cipher() {
        return cipher;
    }

    ProjectRepository projects() {
        return projects;
    }

    private boolean visible(UserId caller, Project project) {
        return project.isOwnedBy(caller) && sessions.findById(project.sessionId())
                .filter(session -> !session.isDeleted() && session.isOwnedBy(caller)).isPresent();
    }

    static NotFoundException notFound() {
        return new NotFoundException(ProjectErrors.PROJECT_NOT_FOUND, "no such project");
    }
}
