package ai.iiagent.adapter.persistence.integrations;

import ai.iiagent.domain.integrations.Connector;
import ai.iiagent.domain.integrations.ConnectorProvider;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.port.out.integrations.ConnectorRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** {@link ConnectorRepository} on {@code connectors}. */
@ApplicationScoped
public class ConnectorPersistenceAdapter implements ConnectorRepository {

    private final IntegrationsJdbc jdbc;

    public ConnectorPersistenceAdapter(IntegrationsJdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public void save(Connector connector) {
        jdbc.update("""
                insert into connectors (id, user_id, provider, encrypted_access_token, encrypted_refresh_token,
                    token_expires_at, account, scope, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (user_id, provider) do update set encrypted_access_token = excluded.encrypted_access_token,
                    encrypted_refresh_token = excluded.encrypted_refresh_token, token_expires_at = excluded.token_expires_at,
                    account = excluded.account, scope = excluded.scope, updated_at = excluded.updated_at""", statement -> {
            IntegrationsJdbc.setUuid(statement, 1, connector.id());
            IntegrationsJdbc.setUuid(statement, 2, connector.owner().value());
            statement.setString(3, connector.provider().code());
            IntegrationsJdbc.setSecret(statement, 4, connector.accessToken());
            IntegrationsJdbc.setSecret(statement, 5, connector.refreshToken());
            IntegrationsJdbc.setInstant(statement, 6, connector.expiresAt());
            statement.setString(7, connector.account());
            statement.setString(8, connector.scope());
            IntegrationsJdbc.setInstant(statement, 9, connector.createdAt());
            IntegrationsJdbc.setInstant(statement, 10, connector.updatedAt());
        });
    }

    @Override
    @Transactional
    public Optional<Connector> find(UserId owner, ConnectorProvider provider) {
        return jdbc.query("select * from connectors where user_id = ? and provider = ?", statement -> {
            IntegrationsJdbc.setUuid(statement, 1, owner.value());
            statement.setString(2, provider.code());
        }, ConnectorPersistenceAdapter::map).stream().findFirst();
    }

    @Override
    @Transactional
    public boolean delete(UserId owner, ConnectorProvider provider) {
        return jdbc.update("delete from connectors where user_id = ? and provider = ?", statement -> {
            IntegrationsJdbc.setUuid(statement, 1, owner.value());
            statement.setString(2, provider.code());
        }) == 1;
    }

    private static Connector map(ResultSet rows) throws SQLException {
        return new Connector(IntegrationsJdbc.uuid(rows, "id"), new UserId(IntegrationsJdbc.uuid(rows, "user_id")),
                ConnectorProvider.fromCode(rows.getString("provider")), IntegrationsJdbc.secret(rows, "encrypted_access_token"),
                IntegrationsJdbc.secret(rows, "encrypted_refresh_token"), IntegrationsJdbc.instant(rows, "token_expires_at"),
                rows.getString("account"), rows.getString("scope"), IntegrationsJdbc.instant(rows, "created_at"),
                IntegrationsJdbc.instant(rows, "updated_at"));
    }
}
