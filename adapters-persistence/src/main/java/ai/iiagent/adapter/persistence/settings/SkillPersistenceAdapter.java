package ai.iiagent.adapter.persistence.settings;

import ai.iiagent.domain.settings.Skill;
import ai.iiagent.domain.settings.SkillId;
import ai.iiagent.domain.settings.SkillManifest;
import ai.iiagent.domain.settings.SkillSource;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.port.out.settings.SkillRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** {@link SkillRepository} on {@code skills} (packages as bytea) and {@code skill_overrides}. */
@ApplicationScoped
public class SkillPersistenceAdapter implements SkillRepository {

    private static final String COLUMNS = "id, user_id, name, description, license, source, skill_md, content_hash, "
            + "package_bytes, file_count, is_enabled, created_at, updated_at";

    private final SettingsJdbc jdbc;

    public SkillPersistenceAdapter(SettingsJdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public void save(Skill skill, byte[] packageZip) {
        jdbc.update("""
                insert into skills (id, user_id, name, description, license, source, skill_md, content_hash, package_zip,
                    package_bytes, file_count, is_enabled, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (id) do update set name = excluded.name, description = excluded.description,
                    license = excluded.license, skill_md = excluded.skill_md, content_hash = excluded.content_hash,
                    package_zip = coalesce(excluded.package_zip, skills.package_zip),
                    package_bytes = excluded.package_bytes, file_count = excluded.file_count,
                    is_enabled = excluded.is_enabled, updated_at = excluded.updated_at""", statement -> {
            SkillManifest manifest = skill.manifest();
            SettingsJdbc.setUuid(statement, 1, skill.id().value());
            SettingsJdbc.setUuid(statement, 2, skill.owner().map(UserId::value).orElse(null));
            statement.setString(3, manifest.name());
            statement.setString(4, manifest.description());
            statement.setString(5, manifest.license());
            statement.setString(6, skill.source().code());
            statement.setString(7, manifest.content());
            statement.setString(8, skill.contentHash());
            statement.setBytes(9, packageZip);
            statement.setLong(10, skill.packageBytes());
            statement.setInt(11, skill.fileCount());
            statement.setBoolean(12, skill.enabled());
            SettingsJdbc.setInstant(statement, 13, skill.createdAt());
            SettingsJdbc.setInstant(statement, 14, skill.updatedAt());
        });
    }

    @Override
    @Transactional
    public Optional<Skill> findById(SkillId id) {
        return jdbc.query("select " + COLUMNS + " from skills where id = ?",
                statement -> SettingsJdbc.setUuid(statement, 1, id.value()), SkillPersistenceAdapter::map).stream().findFirst();
    }

    @Override
    @Transactional
    public List<Skill> listBuiltin() {
        return jdbc.query("select " + COLUMNS + " from skills where user_id is null order by name", statement -> {
        }, SkillPersistenceAdapter::map);
    }

    @Override
    @Transactional
    public List<Skill> listOwnedBy(UserId user) {
        return jdbc.query("select " + COLUMNS + " from skills where user_id = ? order by name",
                statement -> SettingsJdbc.setUuid(statement, 1, user.value()), SkillPersistenceAdapter::map);
    }

    @Override
    @Transactional
    public Optional<byte[]> packageOf(SkillId id) {
        return jdbc.query("select package_zip from skills where id = ? and package_zip is not null",
                statement -> SettingsJdbc.setUuid(statement, 1, id.value()), rows -> rows.getBytes(1)).stream().findFirst();
    }

    @Override
    @Transactional
    public boolean delete(SkillId id) {
        return jdbc.update("delete from skills where id = ?", statement -> SettingsJdbc.setUuid(statement, 1, id.value())) == 1;
    }

    @Override
    @Transactional
    public Map<SkillId, Boolean> overridesOf(UserId user) {
        Map<SkillId, Boolean> overrides = new LinkedHashMap<>();
        jdbc.query("select skill_id, is_enabled from skill_overrides where user_id = ?",
                statement -> SettingsJdbc.setUuid(statement, 1, user.value()),
                rows -> overrides.put(new SkillId(rows.getObject(1, UUID.class)), rows.getBoolean(2)));
        return overrides;
    }

    @Override
    @Transactional
    public void setOverride(UserId user, SkillId skill, boolean enabled, Instant at) {
        jdbc.update("""
                insert into skill_overrides (user_id, skill_id, is_enabled, updated_at) values (?, ?, ?, ?)
                on conflict (user_id, skill_id) do update set is_enabled = excluded.is_enabled, updated_at = excluded.updated_at""",
                statement -> {
                    SettingsJdbc.setUuid(statement, 1, user.value());
                    SettingsJdbc.setUuid(statement, 2, skill.value());
                    statement.setBoolean(3, enabled);
                    SettingsJdbc.setInstant(statement, 4, at);
                });
    }

    private static Skill map(ResultSet rows) throws SQLException {
        UUID owner = SettingsJdbc.uuid(rows, "user_id");
        SkillManifest manifest = new SkillManifest(rows.getString("name"), rows.getString("description"),
                rows.getString("license"), rows.getString("skill_md"));
        return new Skill(new SkillId(SettingsJdbc.uuid(rows, "id")), Optional.ofNullable(owner).map(UserId::new), manifest,
                SkillSource.parse(rows.getString("source")), rows.getString("content_hash"), rows.getLong("package_bytes"),
                rows.getInt("file_count"), rows.getBoolean("is_enabled"), SettingsJdbc.instant(rows, "created_at"),
                SettingsJdbc.instant(rows, "updated_at"));
    }
}
