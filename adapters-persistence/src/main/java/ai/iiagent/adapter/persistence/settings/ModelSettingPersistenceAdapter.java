package ai.iiagent.adapter.persistence.settings;

import ai.iiagent.domain.settings.BaseUrl;
import ai.iiagent.domain.settings.ModelPricing;
import ai.iiagent.domain.settings.ModelProvider;
import ai.iiagent.domain.settings.ModelSetting;
import ai.iiagent.domain.shared.EncryptedSecret;
import ai.iiagent.domain.shared.ModelSettingId;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.port.out.settings.ModelSettingRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** {@link ModelSettingRepository} on {@code model_settings}; the API key column holds only sealed text. */
@ApplicationScoped
public class ModelSettingPersistenceAdapter implements ModelSettingRepository {

    private static final String COLUMNS = "id, user_id, provider, model_id, display_name, base_url, encrypted_api_key, "
            + "params::text as params, pricing::text as pricing, is_default, is_active, created_at, updated_at";
    private static final String ORDER = " order by (user_id is not null), (provider <> 'offline'), display_name, created_at, id";

    private final SettingsJdbc jdbc;

    public ModelSettingPersistenceAdapter(SettingsJdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public void save(ModelSetting s) {
        jdbc.update("""
                insert into model_settings (id, user_id, provider, model_id, display_name, base_url, encrypted_api_key,
                    api_key_id, params, pricing, config_type, is_default, is_active, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb), ?, ?, ?, ?, ?)
                on conflict (id) do update set provider = excluded.provider, model_id = excluded.model_id,
                    display_name = excluded.display_name, base_url = excluded.base_url,
                    encrypted_api_key = excluded.encrypted_api_key, api_key_id = excluded.api_key_id,
                    params = excluded.params, pricing = excluded.pricing, is_default = excluded.is_default,
                    is_active = excluded.is_active, updated_at = excluded.updated_at""", statement -> {
            SettingsJdbc.setUuid(statement, 1, s.id().value());
            SettingsJdbc.setUuid(statement, 2, s.owner().map(UserId::value).orElse(null));
            statement.setString(3, s.provider().code());
            statement.setString(4, s.modelId());
            statement.setString(5, s.displayName());
            statement.setString(6, s.baseUrl().map(BaseUrl::value).orElse(null));
            statement.setString(7, s.apiKey().map(EncryptedSecret::toText).orElse(null));
            statement.setString(8, s.apiKey().map(EncryptedSecret::keyId).orElse(null));
            statement.setString(9, SettingsJson.write(s.params()));
            statement.setString(10, s.pricing().map(ModelSettingPersistenceAdapter::pricingJson).orElse(null));
            statement.setString(11, s.isSystem() ? "system" : "user");
            statement.setBoolean(12, s.isDefault());
            statement.setBoolean(13, s.active());
            SettingsJdbc.setInstant(statement, 14, s.createdAt());
            SettingsJdbc.setInstant(statement, 15, s.updatedAt());
        });
    }

    @Override
    @Transactional
    public Optional<ModelSetting> findById(ModelSettingId id) {
        return jdbc.query("select " + COLUMNS + " from model_settings where id = ?",
                statement -> SettingsJdbc.setUuid(statement, 1, id.value()), ModelSettingPersistenceAdapter::map)
                .stream().findFirst();
    }

    @Override
    @Transactional
    public List<ModelSetting> listVisibleTo(UserId user) {
        return jdbc.query("select " + COLUMNS + " from model_settings where (user_id is null and is_active) or user_id = ?"
                + ORDER, statement -> SettingsJdbc.setUuid(statement, 1, user.value()), ModelSettingPersistenceAdapter::map);
    }

    @Override
    @Transactional
    public List<ModelSetting> listSystem() {
        return jdbc.query("select " + COLUMNS + " from model_settings where user_id is null" + ORDER, statement -> {
        }, ModelSettingPersistenceAdapter::map);
    }

    @Override
    @Transactional
    public List<ModelSetting> listOwnedBy(UserId user) {
        return jdbc.query("select " + COLUMNS + " from model_settings where user_id = ?" + ORDER,
                statement -> SettingsJdbc.setUuid(statement, 1, user.value()), ModelSettingPersistenceAdapter::map);
    }

    @Override
    @Transactional
    public void clearDefault(UserId user, ModelSettingId except) {
        jdbc.update("update model_settings set is_default = false where user_id = ? and id <> ? and is_default", statement -> {
            SettingsJdbc.setUuid(statement, 1, user.value());
            SettingsJdbc.setUuid(statement, 2, except.value());
        });
    }

    @Override
    @Transactional
    public boolean delete(ModelSettingId id) {
        return jdbc.update("delete from model_settings where id = ?",
                statement -> SettingsJdbc.setUuid(statement, 1, id.value())) == 1;
    }

    @Override
    @Transactional
    public List<ModelSetting> findWithKeyNotSealedBy(String currentKeyId, ModelSettingId after, int limit) {
        return jdbc.query("select " + COLUMNS + " from model_settings where api_key_id is not null and api_key_id <> ?"
                + " and (cast(? as uuid) is null or id > cast(? as uuid)) order by id limit ?", statement -> {
            statement.setString(1, currentKeyId);
            SettingsJdbc.setUuid(statement, 2, after == null ? null : after.value());
            SettingsJdbc.setUuid(statement, 3, after == null ? null : after.value());
            statement.setInt(4, limit);
        }, ModelSettingPersistenceAdapter::map);
    }

    private static String pricingJson(ModelPricing pricing) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("input", pricing.input());
        json.put("output", pricing.output());
        json.put("cache_write", pricing.cacheWrite());
        json.put("cache_read", pricing.cacheRead());
        return SettingsJson.write(json);
    }

    private static ModelSetting map(ResultSet rows) throws SQLException {
        UUID owner = SettingsJdbc.uuid(rows, "user_id");
        Map<String, Object> pricing = SettingsJson.readMap(rows.getString("pricing"));
        String key = rows.getString("encrypted_api_key");
        String baseUrl = rows.getString("base_url");
        return new ModelSetting(new ModelSettingId(SettingsJdbc.uuid(rows, "id")),
                Optional.ofNullable(owner).map(UserId::new), ModelProvider.parse(rows.getString("provider")),
                rows.getString("model_id"), rows.getString("display_name"),
                Optional.ofNullable(baseUrl).map(BaseUrl::new), SettingsJson.readMap(rows.getString("params")),
                Optional.ofNullable(pricing).map(json -> new ModelPricing(decimal(json, "input"), decimal(json, "output"),
                        decimal(json, "cache_write"), decimal(json, "cache_read"))),
                Optional.ofNullable(key).map(EncryptedSecret::parse), rows.getBoolean("is_default"),
                rows.getBoolean("is_active"), SettingsJdbc.instant(rows, "created_at"), SettingsJdbc.instant(rows, "updated_at"));
    }

    private static BigDecimal decimal(Map<String, Object> json, String field) {
        Object value = json.get(field);
        return value == null ? null : new BigDecimal(value.toString());
    }
}
