package ai.iiagent.adapter.persistence.agents;

import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.shared.EncryptedSecret;
import ai.iiagent.port.out.agents.SessionSecretRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** {@link SessionSecretRepository} on PostgreSQL ({@code session_secrets}): one sealed value per session and name. */
@ApplicationScoped
public class SessionSecretPersistenceAdapter implements SessionSecretRepository {

    private final EntityManager entityManager;

    public SessionSecretPersistenceAdapter(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    @Transactional
    public void save(SessionId sessionId, Map<String, EncryptedSecret> secrets) {
        secrets.forEach((name, sealed) -> entityManager.createNativeQuery("""
                        INSERT INTO session_secrets (session_id, name, sealed) VALUES (?1, ?2, ?3)
                        ON CONFLICT (session_id, name) DO UPDATE SET sealed = EXCLUDED.sealed, updated_at = now()""")
                .setParameter(1, sessionId.value()).setParameter(2, name).setParameter(3, sealed.toText())
                .executeUpdate());
    }

    @Override
    @Transactional
    public Map<String, EncryptedSecret> of(SessionId sessionId) {
        List<?> rows = entityManager.createNativeQuery("SELECT name, sealed FROM session_secrets WHERE session_id = ?1")
                .setParameter(1, sessionId.value()).getResultList();
        Map<String, EncryptedSecret> secrets = new TreeMap<>();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            secrets.put((String) columns[0], EncryptedSecret.parse((String) columns[1]));
        }
        return secrets;
    }
}
