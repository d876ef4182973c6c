package ai.iiagent.domain.settings;

import ai.iiagent.domain.shared.EncryptedSecret;
import ai.iiagent.domain.shared.ModelSettingId;
import ai.iiagent.domain.users.UserId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A selectable model: a system row ({@code owner} empty, from MODEL_CONFIGS or built in) or a
 * user's own (BYOK) row. The API key is only ever held sealed.
 */
public record ModelSetting(ModelSettingId id, Optional<UserId> owner, ModelProvider provider, String modelId,
                           String displayName, Optional<BaseUrl> baseUrl, Map<String, Object> params,
                           Optional<ModelPricing> pricing, Optional<EncryptedSecret> apiKey, boolean isDefault,
                           boolean active, Instant createdAt, Instant updatedAt) {

    /** The scripted model that answers without a network; always listed, the default when nothing else is. */
    public static final String OFFLINE_MODEL_ID = "offline-demo";
    public static final ModelSettingId OFFLINE_ID =
            new ModelSettingId(UUID.nameUUIDFromBytes("ii-agent:model:offline-demo".getBytes()));
    public static final String OFFLINE_DISPLAY_NAME = "Offline demo model (scripted, no network)";

    private static final Pattern MODEL_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:/@+-]{0,199}");
    private static final int MAX_PARAMS = 50;

    public ModelSetting {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(pricing, "pricing");
        Objects.requireNonNull(apiKey, "apiKey");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        if (modelId == null || !MODEL_ID.matcher(modelId).matches()) {
            throw new SettingsValidationException("invalid_model_id",
                    "model_id must be 1-200 characters of letters, digits and . _ : / @ + -");
        }
        displayName = displayName == null || displayName.isBlank() ? modelId : displayName.strip();
        if (displayName.length() > 200) {
            throw new SettingsValidationException("invalid_display_name", "display_name is at most 200 characters");
        }
        params = params == null ? Map.of() : Map.copyOf(params);
        if (params.size() > MAX_PARAMS) {
            throw new SettingsValidationException("invalid_model_params", "at most " + MAX_PARAMS + " params");
        }
        if (provider == ModelProvider.OPENAI_COMPATIBLE && baseUrl.isEmpty()) {
            throw new SettingsValidationException("base_url_required", "openai_compatible models need a base_url");
        }
    }

    public static ModelSetting offlineDemo(Instant at) {
        return new ModelSetting(OFFLINE_ID, Optional.empty(), ModelProvider.OFFLINE, OFFLINE_MODEL_ID,
                // What the run is billed at (credits' price table, offline-demo): cheap, but not free.
                OFFLINE_DISPLAY_NAME, Optional.empty(), Map.of(), Optional.of(new ModelPricing(
                BigDecimal.ONE, BigDecimal.valueOf(4), null, null)), Optional.empty(), false, true, at, at);
    }

    public boolean isSystem() {
        return owner.isEmpty();
    }

    public boolean isOffline() {
        return provider == ModelProvider.OFFLINE;
    }

    public boolean ownedBy(UserId user) {
        return owner.filter(user::equals).isPresent();
    }

    /** System rows are visible to everyone while active; user rows only to their owner. */
    public boolean visibleTo(UserId user) {
        return isSystem() ? active : ownedBy(user);
    }

    public ModelSetting withDefault(boolean value, Instant at) {
        return new ModelSetting(id, owner, provider, modelId, displayName, baseUrl, params, pricing, apiKey, value,
                active, createdAt, at);
    }

    public ModelSetting withApiKey(Optional<EncryptedSecret> key, Instant at) {
        return new ModelSetting(id, owner, provider, modelId, displayName, baseUrl, params, pricing, key, isDefault,
                active, createdAt, at);
    }
}
