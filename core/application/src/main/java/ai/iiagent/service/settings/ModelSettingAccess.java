package ai.iiagent.service.settings;

import ai.iiagent.domain.settings.SettingsErrors;
import ai.iiagent.domain.settings.ModelSetting;
import ai.iiagent.domain.settings.SettingConflictException;
import ai.iiagent.domain.settings.SettingNotFoundException;
import ai.iiagent.domain.shared.ModelSettingId;
import ai.iiagent.domain.users.Identity;
import ai.iiagent.port.out.settings.ModelSettingRepository;
import java.time.Instant;
import java.util.Optional;

/** Loads model settings the way every model use case must: invisible ones do not exist, system ones are read-only. */
final class ModelSettingAccess {

    private final ModelSettingRepository repository;

    ModelSettingAccess(ModelSettingRepository repository) {
        this.repository = repository;
    }

    ModelSetting visible(Identity caller, ModelSettingId id) {
        if (id.equals(ModelSetting.OFFLINE_ID)) {
            return repository.findById(id).orElseGet(() -> ModelSetting.offlineDemo(Instant.EPOCH));
        }
        return repository.findById(id).filter(setting -> setting.visibleTo(caller.userId()))
                .orElseThrow(() -> SettingNotFoundException.model(id));
    }

    ModelSetting owned(Identity caller, ModelSettingId id) {
        ModelSetting setting = visible(caller, id);
        if (setting.isSystem()) {
            throw new SettingConflictException(SettingsErrors.MODEL_SETTING_READ_ONLY, "system models cannot be changed by users");
        }
        return setting;
    }

    /** (provider, model id) is unique among the owner's rows. */
    static void requireUnique(ModelSettingRepository repository, ModelSetting setting) {
        boolean taken = repository.listOwnedBy(setting.owner().orElseThrow()).stream()
                .anyMatch(other -> !other.id().equals(setting.id()) && other.provider() == setting.provider()
                        && other.modelId().equals(setting.modelId()));
        if (taken) {
            throw new SettingConflictException(SettingsErrors.MODEL_SETTING_EXISTS,
                    "you already have " + setting.provider().code() + " model " + setting.modelId());
        }
    }

    static Optional<String> blankToEmpty(String value) {
        return Optional.ofNullable(value).map(String::strip).filter(text -> !text.isEmpty());
    }
}
