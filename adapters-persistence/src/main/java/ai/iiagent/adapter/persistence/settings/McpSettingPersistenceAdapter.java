package ai.iiagent.adapter.persistence.settings;

import ai.iiagent.domain.settings.McpSetting;
import ai.iiagent.domain.settings.McpSettingId;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.port.out.settings.McpSettingRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** {@link McpSettingRepository} on {@code mcp_settings}. */
@ApplicationScoped
public class McpSettingPersistenceAdapter implements McpSettingRepository {

    private static final String COLUMNS =
            "id, user_id, mcp_config::text as mcp_config, metadata::text as metadata, is_active, created_at, updated_at";

    private final SettingsJdbc jdbc;

    public McpSettingPersistenceAdapter(SettingsJdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public void save(McpSetting setting) {
        jdbc.update("""
                insert into mcp_settings (id, user_id, mcp_config, metadata, is_active, created_at, updated_at)
                values (?, ?, cast(? as jsonb), cast(? as jsonb), ?, ?, ?)
                on conflict (id) do update set mcp_config = excluded.mcp_config, metadata = excluded.metadata,
                    is_active = excluded.is_active, updated_at = excluded.updated_at""", statement -> {
            SettingsJdbc.setUuid(statement, 1, setting.id().value());
            SettingsJdbc.setUuid(statement, 2, setting.owner().value());
            statement.setString(3, McpConfigJson.write(setting.servers()));
            statement.setString(4, SettingsJson.write(setting.metadata()));
            statement.setBoolean(5, setting.active());
            SettingsJdbc.setInstant(statement, 6, setting.createdAt());
            SettingsJdbc.setInstant(statement, 7, setting.updatedAt());
        });
    }

    @Override
    @Transactional
    public Optional<McpSetting> findById(McpSettingId id) {
        return jdbc.query("select " + COLUMNS + " from mcp_settings where id = ?",
                statement -> SettingsJdbc.setUuid(statement, 1, id.value()), McpSettingPersistenceAdapter::map)
                .stream().findFirst();
    }

    @Override
    @Transactional
    public List<McpSetting> listOwnedBy(UserId user, boolean onlyActive) {
        return jdbc.query("select " + COLUMNS + " from mcp_settings where user_id = ?"
                        + (onlyActive ? " and is_active" : "") + " order by created_at, id",
                statement -> SettingsJdbc.setUuid(statement, 1, user.value()), McpSettingPersistenceAdapter::map);
    }

    @Override
    @Transactional
    public boolean delete(McpSettingId id) {
        return jdbc.update("delete from mcp_settings where id = ?",
                statement -> SettingsJdbc.setUuid(statement, 1, id.value())) == 1;
    }

    @Override
    @Transactional
    public List<McpSetting> page(McpSettingId after, int limit) {
        return jdbc.query("select " + COLUMNS + " from mcp_settings where (cast(? as uuid) is null or id > cast(? as uuid))"
                + " order by id limit ?", statement -> {
            SettingsJdbc.setUuid(statement, 1, after == null ? null : after.value());
            SettingsJdbc.setUuid(statement, 2, after == null ? null : after.value());
            statement.setInt(3, limit);
        }, McpSettingPersistenceAdapter::map);
    }

    private static McpSetting map(ResultSet rows) throws SQLException {
        return new McpSetting(new McpSettingId(SettingsJdbc.uuid(rows, "id")), new UserId(SettingsJdbc.uuid(rows, "user_id")),
                McpConfigJson.read(rows.getString("mcp_config")), SettingsJson.readMap(rows.getString("metadata")),
                rows.getBoolean("is_active"), SettingsJdbc.instant(rows, "created_at"), SettingsJdbc.instant(rows, "updated_at"));
    }
}
