package ai.iiagent.port.in.projects;

import ai.iiagent.domain.projects.Project;
import java.util.List;

/**
 * A project as its owner sees it: the project, and the names (never the values) of its secrets.
 */
public record ProjectView(Project project, List<String> secretNames) {

    public ProjectView {
        secretNames = List.copyOf(secretNames);
    }
}
