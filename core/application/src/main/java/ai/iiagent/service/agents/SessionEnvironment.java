package ai.iiagent.service.agents;

import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.shared.EncryptedSecret;
import ai.iiagent.domain.shared.SecretUnreadableException;
import ai.iiagent.port.out.agents.SessionSecretRepository;
import ai.iiagent.port.out.secrets.SecretCipherPort;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Logger;

/**
 * The variables a user saved for a session ({@code save_env}): sealed before they are stored,
 * opened only to hand them to the session's tools. A value sealed by an older key is re-sealed
 * when read; one whose key is gone is left out (by name in the log, never the value).
 */
public final class SessionEnvironment {

    private static final Logger LOG = Logger.getLogger(SessionEnvironment.class.getName());

    private final SessionSecretRepository secrets;
    private final SecretCipherPort cipher;

    public SessionEnvironment(SessionSecretRepository secrets, SecretCipherPort cipher) {
        this.secrets = secrets;
        this.cipher = cipher;
    }

    void save(SessionId sessionId, Map<String, String> values) {
        Map<String, EncryptedSecret> sealed = new LinkedHashMap<>();
        values.forEach((name, value) -> sealed.put(name, cipher.encryptText(value)));
        secrets.save(sessionId, sealed);
    }

    Map<String, String> variables(SessionId sessionId) {
        Map<String, EncryptedSecret> stored = secrets.of(sessionId);
        if (stored.isEmpty()) {
            return Map.of();
        }
        Map<String, String> open = new TreeMap<>();
        Map<String, EncryptedSecret> resealed = new LinkedHashMap<>();
        stored.forEach((name, secret) -> {
            try {
                String value = cipher.decryptText(secret);
                open.put(name, value);
                if (cipher.isStale(secret)) {
                    resealed.put(name, cipher.encryptText(value));
                }
            } catch (SecretUnreadableException e) {
                LOG.warning("session " + sessionId + ": saved variable " + name + " cannot be opened (" + e.code().value()
                        + "); left out");
            }
        });
        if (!resealed.isEmpty()) {
            secrets.save(sessionId, resealed);
        }
        return open;
    }
}
