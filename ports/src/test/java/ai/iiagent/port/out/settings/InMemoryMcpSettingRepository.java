package ai.iiagent.port.out.settings;

import ai.iiagent.domain.settings.McpSetting;
import ai.iiagent.domain.settings.McpSettingId;
import ai.iiagent.domain.users.UserId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** {@link McpSettingRepository} in a map. */
public class InMemoryMcpSettingRepository implements McpSettingRepository {

    // PostgreSQL's uuid order (unsigned bytes = the text's order), not UUID.compareTo's signed one.
    private static final Comparator<McpSettingId> BY_ID = Comparator.comparing(id -> id.value().toString());

    private final Map<McpSettingId, McpSetting> rows = new TreeMap<>(BY_ID);

    @Override
    public synchronized void save(McpSetting setting) {
        rows.put(setting.id(), setting);
    }

    @Override
    public synchronized Optional<McpSetting> findById(McpSettingId id) {
        return Optional.ofNullable(rows.get(id));
    }

    @Override
    public synchronized List<McpSetting> listOwnedBy(UserId user, boolean onlyActive) {
        return rows.values().stream().filter(s -> s.ownedBy(user) && (!onlyActive || s.active()))
                .sorted(Comparator.comparing(McpSetting::createdAt)).toList();
    }

    @Override
    public synchronized boolean delete(McpSettingId id) {
        return rows.remove(id) != null;
    }

    @Override
    public synchronized List<McpSetting> page(McpSettingId after, int limit) {
        return rows.values().stream().filter(s -> after == null || BY_ID.compare(s.id(), after) > 0)
                .limit(limit).toList();
    }
}
