package ai.iiagent.port.in.projects;

import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.users.UserId;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * A project's secrets ({@code /v1/project/{session_id}/secrets}): sealed at rest; every change is
 * written to the project's {@code .env} in the sandbox. Only names are ever answered. Names are
 * environment variable names ({@code [A-Za-z_][A-Za-z0-9_]*}, at most 128), values at most 16 KiB
 * without NUL or line breaks ({@code invalid_secret}).
 */
public interface ProjectSecretsUseCase {

    /** The secret names, sorted. */
    List<String> names(UserId caller, SessionId sessionId);

    /** Adds or overwrites the given secrets, keeps the others; answers the names. */
    List<String> merge(UserId caller, SessionId sessionId, Map<String, String> secrets);

    /** Makes the secrets exactly these; answers the names. */
    List<String> replace(UserId caller, SessionId sessionId, Map<String, String> secrets);

    /** Removes the named secrets (unknown names are ignored); answers the names left. */
    List<String> remove(UserId caller, SessionId sessionId, Collection<String> names);
}
