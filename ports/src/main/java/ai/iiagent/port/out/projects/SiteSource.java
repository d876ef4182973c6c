package ai.iiagent.port.out.projects;

import ai.iiagent.domain.projects.Project;
import ai.iiagent.domain.projects.SiteKind;
import ai.iiagent.port.out.sandbox.DatabaseEndpoint;
import java.util.Objects;

/**
 * What a deployer publishes: the project as built in its session's sandbox ({@code /workspace/<directory>}),
 * how it is served, and the database its server may reach (null without one). The project's
 * {@code .env} travels with its files.
 */
public record SiteSource(Project project, SiteKind kind, DatabaseEndpoint database) {

    public SiteSource {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(kind, "kind");
    }
}
