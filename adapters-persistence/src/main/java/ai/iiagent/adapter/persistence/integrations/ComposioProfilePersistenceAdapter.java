package ai.iiagent.adapter.persistence.integrations;

import ai.iiagent.domain.integrations.ComposioProfile;
import ai.iiagent.domain.integrations.ComposioProfileStatus;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.port.out.integrations.ComposioProfileRepository;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** {@link ComposioProfileRepository} on {@code composio_profiles}; the tool selection is a jsonb array. */
@ApplicationScoped
public class ComposioProfilePersistenceAdapter implements ComposioProfileRepository {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    private final IntegrationsJdbc jdbc;

    public ComposioProfilePersistenceAdapter(IntegrationsJdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public void save(ComposioProfile profile) {
        jdbc.update("""
                insert into composio_profiles (id, user_id, profile_name, toolkit_slug, toolkit_name, auth_config_id,
                    connected_account_id, composio_user_id, mcp_server_id, encrypted_mcp_url, status, enabled_tools,
                    mcp_setting_id, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?)
                on conflict (id) do update set mcp_server_id = excluded.mcp_server_id,
                    encrypted_mcp_url = excluded.encrypted_mcp_url, status = excluded.status,
                    enabled_tools = excluded.enabled_tools, mcp_setting_id = excluded.mcp_setting_id,
                    updated_at = excluded.updated_at""", statement -> {
            IntegrationsJdbc.setUuid(statement, 1, profile.id());
            IntegrationsJdbc.setUuid(statement, 2, profile.owner().value());
            statement.setString(3, profile.profileName());
            statement.setString(4, profile.toolkitSlug());
            statement.setString(5, profile.toolkitName());
            statement.setString(6, profile.authConfigId());
            statement.setString(7, profile.connectedAccountId());
            statement.setString(8, profile.composioUserId());
            statement.setString(9, profile.mcpServerId());
            IntegrationsJdbc.setSecret(statement, 10, profile.mcpUrl());
            statement.setString(11, profile.status().code());
            statement.setString(12, json(profile.enabledTools()));
            IntegrationsJdbc.setUuid(statement, 13, profile.mcpSettingId());
            IntegrationsJdbc.setInstant(statement, 14, profile.createdAt());
            IntegrationsJdbc.setInstant(statement, 15, profile.updatedAt());
        });
    }

    @Override
    @Transactional
    public Optional<ComposioProfile> find(UserId owner, UUID id) {
        return one("select * from composio_profiles where user_id = ? and id = ?", owner, id.toString(), true);
    }

    @Override
    @Transactional
    public Optional<ComposioProfile> findByConnectedAccount(UserId owner, String connectedAccountId) {
        return one("select * from composio_profiles where user_id = ? and connected_account_id = ?", owner,
                connectedAccountId, false);
    }

    @Override
    @Transactional
    public Optional<ComposioProfile> findByName(UserId owner, String profileName) {
        return one("select * from composio_profiles where user_id = ? and profile_name = ?", owner, profileName, false);
    }

    @Override
    @Transactional
    public List<ComposioProfile> findAllByConnectedAccount(String connectedAccountId) {
        return jdbc.query("select * from composio_profiles where connected_account_id = ? order by created_at, id",
                statement -> statement.setString(1, connectedAccountId), ComposioProfilePersistenceAdapter::map);
    }

    @Override
    @Transactional
    public List<ComposioProfile> list(UserId owner, String toolkitSlug) {
        return jdbc.query("select * from composio_profiles where user_id = ? and (?::text is null or toolkit_slug = ?)"
                + " order by created_at, id", statement -> {
            IntegrationsJdbc.setUuid(statement, 1, owner.value());
            statement.setString(2, toolkitSlug);
            statement.setString(3, toolkitSlug);
        }, ComposioProfilePersistenceAdapter::map);
    }

    @Override
    @Transactional
    public boolean delete(UserId owner, UUID id) {
        return jdbc.update("delete from composio_profiles where user_id = ? and id = ?", statement -> {
            IntegrationsJdbc.setUuid(statement, 1, owner.value());
            IntegrationsJdbc.setUuid(statement, 2, id);
        }) == 1;
    }

    private Optional<ComposioProfile> one(String sql, UserId owner, String value, boolean uuid) {
        return jdbc.query(sql, statement -> {
            IntegrationsJdbc.setUuid(statement, 1, owner.value());
            if (uuid) {
                IntegrationsJdbc.setUuid(statement, 2, UUID.fromString(value));
            } else {
                statement.setString(2, value);
            }
        }, ComposioProfilePersistenceAdapter::map).stream().findFirst();
    }

    private static ComposioProfile map(ResultSet rows) throws SQLException {
        return new ComposioProfile(IntegrationsJdbc.uuid(rows, "id"), new UserId(IntegrationsJdbc.uuid(rows, "user_id")),
                rows.getString("profile_name"), rows.getString("toolkit_slug"), rows.getString("toolkit_name"),
                rows.getString("auth_config_id"), rows.getString("connected_account_id"), rows.getString("composio_user_id"),
                rows.getString("mcp_server_id"), IntegrationsJdbc.secret(rows, "encrypted_mcp_url"),
                ComposioProfileStatus.fromCode(rows.getString("status")), tools(rows.getString("enabled_tools")),
                IntegrationsJdbc.uuid(rows, "mcp_setting_id"), IntegrationsJdbc.instant(rows, "created_at"),
                IntegrationsJdbc.instant(rows, "updated_at"));
    }

    private static String json(List<String> tools) {
        try {
            return JSON.writeValueAsString(tools);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a list of strings is JSON", e);
        }
    }

    private static List<String> tools(String json) throws SQLException {
        try {
            return json == null ? List.of() : JSON.readValue(json, STRINGS);
        } catch (JsonProcessingException e) {
            throw new SQLException("enabled_tools is not a JSON array of strings", e);
        }
    }
}
