package ai.iiagent.port.in.settings;

import ai.iiagent.domain.settings.ModelPricing;
import ai.iiagent.domain.shared.JsonObject;
import ai.iiagent.domain.shared.ModelSettingId;
import ai.iiagent.domain.users.Identity;
import java.util.Objects;

/** A partial update: null leaves a field as it is; an empty {@code apiKey} or {@code baseUrl} removes it. */
public record UpdateModelSettingCommand(Identity caller, ModelSettingId id, String provider, String modelId, String displayName,
                                        String baseUrl, String apiKey, JsonObject params, ModelPricing pricing,
                                        Boolean isDefault, Boolean active) {

    public UpdateModelSettingCommand {
        Objects.requireNonNull(caller, "caller");
    }

    @Override
    public String toString() {
        return "UpdateModelSettingCommand[" + provider + ":" + modelId + ", key " + (apiKey == null ? "unchanged/none" : "***") + "]";
    }
}
