package ai.iiagent.port.out.settings;

import ai.iiagent.domain.settings.McpSetting;
import ai.iiagent.domain.settings.McpSettingId;
import ai.iiagent.domain.users.UserId;
import java.util.List;
import java.util.Optional;

/** Users' MCP configurations, stored with their secrets sealed. */
public interface McpSettingRepository {

    /** Inserts or replaces the row with this id. */
    void save(McpSetting setting);

    Optional<McpSetting> findById(McpSettingId id);

    /** The user's settings, oldest first; only active ones when {@code onlyActive}. */
    List<McpSetting> listOwnedBy(UserId user, boolean onlyActive);

    /** @return false when there was no such row */
    boolean delete(McpSettingId id);

    /** A page of all settings in id order after {@code after} (null: from the start), for maintenance scans. */
    List<McpSetting> page(McpSettingId after, int limit);
}
