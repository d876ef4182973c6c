package ai.iiagent.adapter.persistence.integrations;

import ai.iiagent.domain.integrations.StoredAppleCredential;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.port.out.integrations.AppleCredentialRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** {@link AppleCredentialRepository} on {@code apple_credentials}. */
@ApplicationScoped
public class AppleCredentialPersistenceAdapter implements AppleCredentialRepository {

    private final IntegrationsJdbc jdbc;

    public AppleCredentialPersistenceAdapter(IntegrationsJdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public void save(StoredAppleCredential credential) {
        jdbc.update("""
                insert into apple_credentials (id, user_id, issuer_id, key_id, encrypted_private_key, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?)
                on conflict (user_id) do update set issuer_id = excluded.issuer_id, key_id = excluded.key_id,
                    encrypted_private_key = excluded.encrypted_private_key, updated_at = excluded.updated_at""", statement -> {
            IntegrationsJdbc.setUuid(statement, 1, credential.id());
            IntegrationsJdbc.setUuid(statement, 2, credential.owner().value());
            statement.setString(3, credential.issuerId());
            statement.setString(4, credential.keyId());
            IntegrationsJdbc.setSecret(statement, 5, credential.privateKey());
            IntegrationsJdbc.setInstant(statement, 6, credential.createdAt());
            IntegrationsJdbc.setInstant(statement, 7, credential.updatedAt());
        });
    }

    @Override
    @Transactional
    public Optional<StoredAppleCredential> find(UserId owner) {
        return jdbc.query("select * from apple_credentials where user_id = ?",
                statement -> IntegrationsJdbc.setUuid(statement, 1, owner.value()),
                AppleCredentialPersistenceAdapter::map).stream().findFirst();
    }

    @Override
    @Transactional
    public boolean delete(UserId owner) {
        return jdbc.update("delete from apple_credentials where user_id = ?",
                statement -> IntegrationsJdbc.setUuid(statement, 1, owner.value())) == 1;
    }

    private static StoredAppleCredential map(ResultSet rows) throws SQLException {
        return new StoredAppleCredential(IntegrationsJdbc.uuid(rows, "id"), new UserId(IntegrationsJdbc.uuid(rows, "user_id")),
                rows.getString("issuer_id"), rows.getString("key_id"), IntegrationsJdbc.secret(rows, "encrypted_private_key"),
                IntegrationsJdbc.instant(rows, "created_at"), IntegrationsJdbc.instant(rows, "updated_at"));
    }
}
