package ai.iiagent.port.out.agents;

import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.shared.EncryptedSecret;
import java.util.Map;

/**
 * The environment variables a user saved for a session ({@code save_env}), sealed: the agent's
 * sandbox commands get them as environment variables. Only sealed values pass through here, never
 * plaintext; names are not secret.
 */
public interface SessionSecretRepository {

    /** Stores the values by name, replacing a name saved before; other names stay as they are. */
    void save(SessionId sessionId, Map<String, EncryptedSecret> secrets);

    /** Every saved variable of the session by name (empty when there are none). */
    Map<String, EncryptedSecret> of(SessionId sessionId);
}
