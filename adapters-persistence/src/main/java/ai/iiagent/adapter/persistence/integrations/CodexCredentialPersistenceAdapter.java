package ai.iiagent.adapter.persistence.integrations;

import ai.iiagent.domain.integrations.CodexCredential;
import ai.iiagent.domain.integrations.CodingCliCredentials;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.port.out.integrations.CodexCredentialRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** {@link CodexCredentialRepository} on {@code codex_credentials}. */
@ApplicationScoped
public class CodexCredentialPersistenceAdapter implements CodexCredentialRepository {

    private final IntegrationsJdbc jdbc;

    public CodexCredentialPersistenceAdapter(IntegrationsJdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public void save(CodexCredential credential) {
        jdbc.update("""
                insert into codex_credentials (id, user_id, kind, encrypted_secret, model, reasoning_effort, web_search,
                    created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (user_id) do update set kind = excluded.kind, encrypted_secret = excluded.encrypted_secret,
                    model = excluded.model, reasoning_effort = excluded.reasoning_effort, web_search = excluded.web_search,
                    updated_at = excluded.updated_at""", statement -> {
            IntegrationsJdbc.setUuid(statement, 1, credential.id());
            IntegrationsJdbc.setUuid(statement, 2, credential.owner().value());
            statement.setString(3, credential.kind().name());
            IntegrationsJdbc.setSecret(statement, 4, credential.secret());
            statement.setString(5, credential.model());
            statement.setString(6, credential.reasoningEffort());
            statement.setBoolean(7, credential.webSearch());
            IntegrationsJdbc.setInstant(statement, 8, credential.createdAt());
            IntegrationsJdbc.setInstant(statement, 9, credential.updatedAt());
        });
    }

    @Override
    @Transactional
    public Optional<CodexCredential> find(UserId owner) {
        return jdbc.query("select * from codex_credentials where user_id = ?",
                statement -> IntegrationsJdbc.setUuid(statement, 1, owner.value()),
                CodexCredentialPersistenceAdapter::map).stream().findFirst();
    }

    @Override
    @Transactional
    public boolean delete(UserId owner) {
        return jdbc.update("delete from codex_credentials where user_id = ?",
                statement -> IntegrationsJdbc.setUuid(statement, 1, owner.value())) == 1;
    }

    private static CodexCredential map(ResultSet rows) throws SQLException {
        return new CodexCredential(IntegrationsJdbc.uuid(rows, "id"), new UserId(IntegrationsJdbc.uuid(rows, "user_id")),
                CodingCliCredentials.Kind.valueOf(rows.getString("kind")), IntegrationsJdbc.secret(rows, "encrypted_secret"),
                rows.getString("model"), rows.getString("reasoning_effort"), rows.getBoolean("web_search"),
                IntegrationsJdbc.instant(rows, "created_at"), IntegrationsJdbc.instant(rows, "updated_at"));
    }
}
