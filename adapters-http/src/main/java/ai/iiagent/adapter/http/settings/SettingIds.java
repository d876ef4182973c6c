package ai.iiagent.adapter.http.settings;

import ai.iiagent.domain.settings.McpSettingId;
import ai.iiagent.domain.settings.SettingNotFoundException;
import ai.iiagent.domain.settings.SkillId;
import ai.iiagent.domain.shared.ModelSettingId;
import java.util.UUID;

/** Path ids: a malformed one names nothing, so it gets the same 404 as an unknown one. */
final class SettingIds {

    private SettingIds() {
    }

    static ModelSettingId model(String raw) {
        return new ModelSettingId(uuid(raw).orElseThrow(() -> SettingNotFoundException.model(raw)));
    }

    static McpSettingId mcp(String raw) {
        return new McpSettingId(uuid(raw).orElseThrow(() -> SettingNotFoundException.mcp(raw)));
    }

    static SkillId skill(String raw) {
        return new SkillId(uuid(raw).orElseThrow(() -> SettingNotFoundException.skill(raw)));
    }

    private static java.util.Optional<UUID> uuid(String raw) {
        try {
            return java.util.Optional.of(UUID.fromString(raw));
        } catch (IllegalArgumentException | NullPointerException malformed) {
            return java.util.Optional.empty();
        }
    }
}
