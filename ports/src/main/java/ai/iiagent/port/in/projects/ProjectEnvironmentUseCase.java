package ai.iiagent.port.in.projects;

import ai.iiagent.domain.credits.CreditReservation;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.users.UserId;

/**
 * The project's environment in the sandbox, for the dev tools: its database (provisioned on demand)
 * and writing its {@code .env}.
 */
public interface ProjectEnvironmentUseCase {

    /** Where a project's .env is, relative to the workspace root. */
    static String envFile(String projectDirectory) {
        return projectDirectory + "/.env";
    }

    /**
     * The project's variables; opens the sandbox's database socket when it has a database.
     *
     * @throws ai.iiagent.domain.shared.NotFoundException {@code project_not_found} when the session has no project
     */
    ProjectEnvironment environment(UserId owner, SessionId sessionId);

    /** Provisions the project's database when it has none yet, then {@link #environment}. */
    ProjectEnvironment withDatabase(UserId owner, SessionId sessionId);

    /** Writes the project's .env into the sandbox with the reservation of the calling tool. */
    ProjectEnvironment writeEnvFile(UserId owner, SessionId sessionId, CreditReservation reservation);
}
