package ai.iiagent.adapter.persistence.auth;

import ai.iiagent.domain.users.UserId;
import ai.iiagent.port.out.auth.LocalCredentialRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;

/** {@link LocalCredentialRepository} on PostgreSQL. */
@ApplicationScoped
public class LocalCredentialPersistenceAdapter implements LocalCredentialRepository {

    @Override
    @Transactional
    public void save(UserId userId, String passwordHash) {
        LocalCredentialEntity row = LocalCredentialEntity.<LocalCredentialEntity>findByIdOptional(userId.value())
                .orElseGet(LocalCredentialEntity::new);
        row.userId = userId.value();
        row.passwordHash = passwordHash;
        row.updatedAt = Instant.now();
        row.persist();
    }

    @Override
    @Transactional
    public Optional<String> findHash(UserId userId) {
        return LocalCredentialEntity.<LocalCredentialEntity>findByIdOptional(userId.value()).map(row -> row.passwordHash);
    }
}
