package ai.iiagent.domain.shared;

import java.util.Objects;
import java.util.UUID;

/**
 * Identity of a model setting (provider, model, key). Shared because sessions and chat refer to
 * model settings without depending on the settings feature that owns them.
 */
public record ModelSettingId(UUID value) {

    public ModelSettingId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
