package ai.iiagent.port.out.projects;

import ai.iiagent.domain.projects.Project;
import ai.iiagent.domain.projects.ProjectId;
import ai.iiagent.domain.sessions.SessionId;
import java.util.Optional;

/** The projects, one per session at most; a project's database credentials are stored sealed. */
public interface ProjectRepository {

    /**
     * Stores a new project.
     *
     * @throws ai.iiagent.domain.shared.ConflictException {@code project_exists} when the session already has one
     */
    void insert(Project project);

    /** Records the database provisioned for a project. */
    void saveDatabase(Project project);

    Optional<Project> findById(ProjectId id);

    Optional<Project> findBySession(SessionId sessionId);
}
