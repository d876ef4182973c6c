package ai.iiagent.domain.settings;

import java.util.Objects;
import java.util.UUID;

/** Identity of an {@link McpSetting}. */
public record McpSettingId(UUID value) {

    public McpSettingId {
        Objects.requireNonNull(value, "value");
    }

    public static McpSettingId random() {
        return new McpSettingId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
