package ai.iiagent.adapter.persistence.integrations;

import ai.iiagent.domain.integrations.ConnectorProvider;
import ai.iiagent.domain.integrations.OAuthState;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.port.out.integrations.OAuthStateRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/** {@link OAuthStateRepository} on {@code connector_oauth_states}; {@link #markUsed} is one conditional update. */
@ApplicationScoped
public class OAuthStatePersistenceAdapter implements OAuthStateRepository {

    private final IntegrationsJdbc jdbc;

    public OAuthStatePersistenceAdapter(IntegrationsJdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public void save(OAuthState state) {
        jdbc.update("""
                insert into connector_oauth_states (state_hash, user_id, provider, encrypted_code_verifier, redirect_uri,
                    created_at, expires_at, used_at) values (?, ?, ?, ?, ?, ?, ?, ?)""", statement -> {
            statement.setString(1, state.stateHash());
            IntegrationsJdbc.setUuid(statement, 2, state.owner().value());
            statement.setString(3, state.provider().code());
            IntegrationsJdbc.setSecret(statement, 4, state.codeVerifier());
            statement.setString(5, state.redirectUri());
            IntegrationsJdbc.setInstant(statement, 6, state.createdAt());
            IntegrationsJdbc.setInstant(statement, 7, state.expiresAt());
            IntegrationsJdbc.setInstant(statement, 8, state.usedAt());
        });
    }

    @Override
    @Transactional
    public Optional<OAuthState> find(String stateHash) {
        return jdbc.query("select * from connector_oauth_states where state_hash = ?",
                statement -> statement.setString(1, stateHash), OAuthStatePersistenceAdapter::map).stream().findFirst();
    }

    @Override
    @Transactional
    public boolean markUsed(String stateHash, Instant at) {
        return jdbc.update("update connector_oauth_states set used_at = ? where state_hash = ? and used_at is null",
                statement -> {
                    IntegrationsJdbc.setInstant(statement, 1, at);
                    statement.setString(2, stateHash);
                }) == 1;
    }

    @Override
    @Transactional
    public int deleteExpired(Instant before) {
        return jdbc.update("delete from connector_oauth_states where expires_at < ?",
                statement -> IntegrationsJdbc.setInstant(statement, 1, before));
    }

    private static OAuthState map(ResultSet rows) throws SQLException {
        return new OAuthState(rows.getString("state_hash"), new UserId(IntegrationsJdbc.uuid(rows, "user_id")),
                ConnectorProvider.fromCode(rows.getString("provider")), IntegrationsJdbc.secret(rows, "encrypted_code_verifier"),
                rows.getString("redirect_uri"), IntegrationsJdbc.instant(rows, "created_at"),
                IntegrationsJdbc.instant(rows, "expires_at"), IntegrationsJdbc.instant(rows, "used_at"));
    }
}
