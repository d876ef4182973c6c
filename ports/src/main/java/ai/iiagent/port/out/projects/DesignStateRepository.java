package ai.iiagent.port.out.projects;

import ai.iiagent.domain.projects.DesignState;
import ai.iiagent.domain.projects.ProjectId;
import java.util.Optional;

/** Where a project's design-mode state is kept (one per project, replaced as a whole on save). */
public interface DesignStateRepository {

    /** The saved state of the project, if it was ever saved. */
    Optional<DesignState> find(ProjectId projectId);

    /** Makes {@code state} the project's state, replacing any earlier one. */
    void save(DesignState state);
}
