package ai.iiagent.port.in.projects;

import ai.iiagent.domain.projects.Project;
import java.util.Map;

/**
 * What a project's {@code .env} in the sandbox holds: its database's connection variables (when it
 * has one; the database is reached through the sandbox's database socket) and its secrets, in clear.
 * Only ever written into the owner's sandbox.
 *
 * @param databaseUrl the database's URL as the sandbox uses it, without the password; null without a database
 */
public record ProjectEnvironment(Project project, Map<String, String> variables, String databaseUrl) {

    public ProjectEnvironment {
        variables = Map.copyOf(variables);
    }

    @Override
    public String toString() {
        return "ProjectEnvironment[" + project.id() + ", " + variables.keySet() + "]";
    }
}
