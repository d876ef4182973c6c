package ai.iiagent.port.in.settings;

import ai.iiagent.domain.settings.ModelPricing;
import ai.iiagent.domain.shared.JsonObject;
import ai.iiagent.domain.users.Identity;
import java.util.Objects;

/** A new BYOK model; {@code baseUrl}, {@code apiKey}, {@code params} and {@code pricing} may be null. */
public record CreateModelSettingCommand(Identity caller, String provider, String modelId, String displayName, String baseUrl,
                                        String apiKey, JsonObject params, ModelPricing pricing, boolean isDefault,
                                        boolean active) {

    public CreateModelSettingCommand {
        Objects.requireNonNull(caller, "caller");
    }

    @Override
    public String toString() {
        return "CreateModelSettingCommand[" + provider + ":" + modelId + ", key " + (apiKey == null ? "unchanged/none" : "***") + "]";
    }
}
