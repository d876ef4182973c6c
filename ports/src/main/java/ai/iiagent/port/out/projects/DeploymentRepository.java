package ai.iiagent.port.out.projects;

import ai.iiagent.domain.projects.Deployment;
import ai.iiagent.domain.projects.DeploymentId;
import ai.iiagent.domain.projects.ProjectId;
import java.util.Optional;

/** Every deployment of every project, with its phases and timings (table {@code project_deployments}). */
public interface DeploymentRepository {

    /** Stores a new deployment. */
    void insert(Deployment deployment);

    /** Stores a deployment's new state (status, phases, url, failure). */
    void save(Deployment deployment);

    Optional<Deployment> findById(DeploymentId id);

    /** The project's most recent deployment. */
    Optional<Deployment> latest(ProjectId projectId);

    /** The project's deployment that is live now, if any. */
    Optional<Deployment> live(ProjectId projectId);
}
