package ai.iiagent.adapter.tools.projects;

import ai.iiagent.domain.credits.CreditReservation;
import ai.iiagent.domain.projects.Project;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.users.UserId;
import java.util.List;
import java.util.Map;

/**
 * What the dev tools need from the projects feature's use cases (wired in); every method throws a
 * {@code DomainException} with a stable code when refused ({@code project_not_found}, ...).
 */
public interface ProjectBackend {

    /** Records the session's project (and provisions its database when asked or needed). */
    Project init(UserId owner, SessionId sessionId, String name, String framework, boolean withDatabase);

    /** Writes the project's .env into the sandbox; {@code withDatabase} first provisions a database when it has none. */
    EnvFile writeEnvFile(UserId owner, SessionId sessionId, boolean withDatabase, CreditReservation reservation);

    /** The session's project. */
    Project project(UserId owner, SessionId sessionId);

    /** Adds or overwrites project secrets (sealed, then written to .env); answers every secret's name. */
    List<String> addSecrets(UserId owner, SessionId sessionId, Map<String, String> values);

    /**
     * A written .env's project and its database's URL without the password (null without a reachable database).
     */
    record EnvFile(Project project, String databaseUrl) {
    }
}
